using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Commissioning
{
    /// <inheritdoc />
    public partial class OpenDataFirstResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnsweredWithinADay",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DecidedAtADay",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MedianMinutesToFirstResponse",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Responded",
                schema: "commissioning",
                table: "MonthlyFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnsweredWithinADay",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "DecidedAtADay",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "MedianMinutesToFirstResponse",
                schema: "commissioning",
                table: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "Responded",
                schema: "commissioning",
                table: "MonthlyFigures");
        }
    }
}
