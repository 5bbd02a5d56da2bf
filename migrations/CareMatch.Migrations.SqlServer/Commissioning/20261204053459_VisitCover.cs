using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Commissioning
{
    /// <inheritdoc />
    public partial class VisitCover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CoverFilledAfterMinutes",
                schema: "commissioning",
                table: "VisitFacts",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CoverSought",
                schema: "commissioning",
                table: "VisitFacts",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoverFilledAfterMinutes",
                schema: "commissioning",
                table: "VisitFacts");

            migrationBuilder.DropColumn(
                name: "CoverSought",
                schema: "commissioning",
                table: "VisitFacts");
        }
    }
}
