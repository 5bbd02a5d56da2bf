using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Commissioning
{
    /// <inheritdoc />
    public partial class AddRequestObstacles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MatchCheckedAt",
                schema: "commissioning",
                table: "RequestFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MostOftenMissed",
                schema: "commissioning",
                table: "RequestFacts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obstacle",
                schema: "commissioning",
                table: "RequestFacts",
                type: "TEXT",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MatchCheckedAt",
                schema: "commissioning",
                table: "RequestFacts");

            migrationBuilder.DropColumn(
                name: "MostOftenMissed",
                schema: "commissioning",
                table: "RequestFacts");

            migrationBuilder.DropColumn(
                name: "Obstacle",
                schema: "commissioning",
                table: "RequestFacts");
        }
    }
}
