using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Commissioning
{
    /// <inheritdoc />
    public partial class OpenDataVisitsAndCarers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NewlyVerifiedCarers",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PeopleGivenCare",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PersonCarers",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsCancelledByCarer",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsCancelledByFamily",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsCheckedInOnTime",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsGiven",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsGivenWithKnownStart",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsMissed",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NewlyVerifiedCarers",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "PeopleGivenCare",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "PersonCarers",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "VisitsCancelledByCarer",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "VisitsCancelledByFamily",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "VisitsCheckedInOnTime",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "VisitsGiven",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "VisitsGivenWithKnownStart",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "VisitsMissed",
                schema: "commissioning",
                table: "MonthlyFigures");
        }
    }
}
