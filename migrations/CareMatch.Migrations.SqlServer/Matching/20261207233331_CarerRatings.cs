using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Matching
{
    /// <inheritdoc />
    public partial class CarerRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RatingCount",
                schema: "matching",
                table: "MatchingCarerTrackRecords",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RatingSum",
                schema: "matching",
                table: "MatchingCarerTrackRecords",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RatingCount",
                schema: "matching",
                table: "MatchingCarerTrackRecords");

            migrationBuilder.DropColumn(
                name: "RatingSum",
                schema: "matching",
                table: "MatchingCarerTrackRecords");
        }
    }
}
