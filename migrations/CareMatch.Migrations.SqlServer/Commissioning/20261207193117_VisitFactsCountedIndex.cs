using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Commissioning
{
    /// <inheritdoc />
    public partial class VisitFactsCountedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_Counted",
                schema: "commissioning",
                table: "VisitFacts",
                columns: new[] { "Outcome", "DueAt", "RequestId", "CarerProfileId", "DueMonth", "CheckInMinutesAfterDue", "LateCancellation", "CoverSought", "CoverFilledAfterMinutes", "PlannedMinutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VisitFacts_Counted",
                schema: "commissioning",
                table: "VisitFacts");
        }
    }
}
