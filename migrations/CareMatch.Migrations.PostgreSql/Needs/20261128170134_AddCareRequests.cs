using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Needs
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeekerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecipientFirstName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecipientAgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecipientRelationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CareNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CareTypes = table.Column<string[]>(type: "text[]", nullable: false),
                    RequiredSkills = table.Column<string[]>(type: "text[]", nullable: false),
                    PreferredSkills = table.Column<string[]>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    GenderPreference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CarerGender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NeedsDriver = table.Column<bool>(type: "boolean", nullable: false),
                    HasPets = table.Column<bool>(type: "boolean", nullable: false),
                    SmokingInHome = table.Column<bool>(type: "boolean", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Sector = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    District = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    SectorLatitude = table.Column<double>(type: "double precision", nullable: false),
                    SectorLongitude = table.Column<double>(type: "double precision", nullable: false),
                    AddressLine = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaxHourlyRatePence = table.Column<long>(type: "bigint", nullable: false),
                    Funding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Slots = table.Column<string>(type: "jsonb", nullable: true)
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
