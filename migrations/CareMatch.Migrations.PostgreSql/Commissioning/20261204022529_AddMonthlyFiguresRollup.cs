using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Commissioning
{
    /// <inheritdoc />
    public partial class AddMonthlyFiguresRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonthlyFigures",
                schema: "commissioning",
                columns: table => new
                {
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Posted = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt28Days = table.Column<int>(type: "integer", nullable: false),
                    DeliveredWithin28Days = table.Column<int>(type: "integer", nullable: false),
                    Delivered = table.Column<int>(type: "integer", nullable: false),
                    MedianMinutesToFirstVisit = table.Column<int>(type: "integer", nullable: true),
                    Percentile90MinutesToFirstVisit = table.Column<int>(type: "integer", nullable: true),
                    WaitingOver7Days = table.Column<int>(type: "integer", nullable: false),
                    WaitingOver28Days = table.Column<int>(type: "integer", nullable: false),
                    WaitingWeeklyMinutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyFigures", x => new { x.CouncilId, x.Month, x.District });
                });

            migrationBuilder.CreateTable(
                name: "RollupRuns",
                schema: "commissioning",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RollupRuns_FinishedAt",
                schema: "commissioning",
                table: "RollupRuns",
                column: "FinishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyFigures",
                schema: "commissioning");

            migrationBuilder.DropTable(
                name: "RollupRuns",
                schema: "commissioning");
        }
    }
}
