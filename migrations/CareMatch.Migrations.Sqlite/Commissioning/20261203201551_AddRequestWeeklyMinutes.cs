using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Commissioning
{
    /// <inheritdoc />
    public partial class AddRequestWeeklyMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WeeklyMinutes",
                schema: "commissioning",
                table: "RequestFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WeeklyMinutes",
                schema: "commissioning",
                table: "RequestFacts");
        }
    }
}
