using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Providers
{
    /// <inheritdoc />
    public partial class CarerBasics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                schema: "providers",
                table: "CarerProfiles",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "HomeLatitude",
                schema: "providers",
                table: "CarerProfiles",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "HomeLongitude",
                schema: "providers",
                table: "CarerProfiles",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomePostcode",
                schema: "providers",
                table: "CarerProfiles",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeSector",
                schema: "providers",
                table: "CarerProfiles",
                type: "TEXT",
                maxLength: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisplayName",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "HomeLatitude",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "HomeLongitude",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "HomePostcode",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "HomeSector",
                schema: "providers",
                table: "CarerProfiles");
        }
    }
}
