using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Matching
{
    /// <inheritdoc />
    public partial class AddTrackedRequestMatchCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastMatchCheck",
                schema: "matching",
                table: "MatchingTrackedRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastMatchCheck",
                schema: "matching",
                table: "MatchingTrackedRequests");
        }
    }
}
