using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Needs
{
    /// <inheritdoc />
    public partial class AddCareRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareRequests",
                schema: "needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecipientFirstName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecipientAgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientRelationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CareNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CareTypes = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredSkills = table.Column<string>(type: "TEXT", nullable: false),
                    PreferredSkills = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    GenderPreference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CarerGender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NeedsDriver = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasPets = table.Column<bool>(type: "INTEGER", nullable: false),
                    SmokingInHome = table.Column<bool>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SectorLatitude = table.Column<double>(type: "REAL", nullable: false),
                    SectorLongitude = table.Column<double>(type: "REAL", nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaxHourlyRatePence = table.Column<long>(type: "INTEGER", nullable: false),
                    Funding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Slots = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareRequests_SeekerUserId_CreatedAt",
                schema: "needs",
                table: "CareRequests",
                columns: new[] { "SeekerUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CareRequests_Status_EndDate",
                schema: "needs",
                table: "CareRequests",
                columns: new[] { "Status", "EndDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareRequests",
                schema: "needs");
        }
    }
}
