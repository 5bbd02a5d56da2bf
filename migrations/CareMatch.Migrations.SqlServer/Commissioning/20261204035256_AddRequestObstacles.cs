using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Commissioning
{
    /// <inheritdoc />
    public partial class AddRequestObstacles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MatchCheckedAt",
                schema: "commissioning",
                table: "RequestFacts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MostOftenMissed",
                schema: "commissioning",
                table: "RequestFacts",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obstacle",
                schema: "commissioning",
                table: "RequestFacts",
                type: "nvarchar(30)",
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
