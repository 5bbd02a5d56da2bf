using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Needs
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecipientFirstName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RecipientAgeBand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RecipientRelationship = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CareNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CareTypes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RequiredSkills = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreferredSkills = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Languages = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GenderPreference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CarerGender = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    NeedsDriver = table.Column<bool>(type: "bit", nullable: false),
                    HasPets = table.Column<bool>(type: "bit", nullable: false),
                    SmokingInHome = table.Column<bool>(type: "bit", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Urgent = table.Column<bool>(type: "bit", nullable: false),
                    Postcode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    District = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    SectorLatitude = table.Column<double>(type: "float", nullable: false),
                    SectorLongitude = table.Column<double>(type: "float", nullable: false),
                    AddressLine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MaxHourlyRatePence = table.Column<long>(type: "bigint", nullable: false),
                    Funding = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Slots = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
