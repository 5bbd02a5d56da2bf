using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Commissioning
{
    /// <inheritdoc />
    public partial class CarerFactsAndFrameworkRate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FrameworkHourlyRatePence",
                schema: "commissioning",
                table: "Councils",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CarerFacts",
                schema: "commissioning",
                columns: table => new
                {
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    District = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true),
                    CareTypes = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    HourlyRatePence = table.Column<long>(type: "bigint", nullable: true),
                    WeeklyMinutesOffered = table.Column<int>(type: "int", nullable: false),
                    Bookable = table.Column<bool>(type: "bit", nullable: false),
                    FirstVerifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerFacts", x => x.CarerProfileId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarerFacts_District",
                schema: "commissioning",
                table: "CarerFacts",
                column: "District");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarerFacts",
                schema: "commissioning");

            migrationBuilder.DropColumn(
                name: "FrameworkHourlyRatePence",
                schema: "commissioning",
                table: "Councils");
        }
    }
}
