using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Commissioning
{
    /// <inheritdoc />
    public partial class VisitFactsNotGivenIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_NotGiven",
                schema: "commissioning",
                table: "VisitFacts",
                columns: new[] { "Outcome", "DueAt", "RequestId", "CoverFilledAfterMinutes", "PlannedMinutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VisitFacts_NotGiven",
                schema: "commissioning",
                table: "VisitFacts");
        }
    }
}
