using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Matching
{
    /// <inheritdoc />
    public partial class CarerTrackRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingCarerTrackRecords",
                schema: "matching",
                columns: table => new
                {
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompletedVisits = table.Column<int>(type: "int", nullable: false),
                    CarerCancellations = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingCarerTrackRecords", x => x.CarerProfileId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingCarerTrackRecords",
                schema: "matching");
        }
    }
}
