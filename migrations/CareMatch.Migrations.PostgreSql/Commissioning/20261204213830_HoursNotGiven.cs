using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Commissioning
{
    /// <inheritdoc />
    public partial class HoursNotGiven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlannedMinutes",
                schema: "commissioning",
                table: "VisitFacts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CareStartsOn",
                schema: "commissioning",
                table: "RequestFacts",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlannedMinutes",
                schema: "commissioning",
                table: "VisitFacts");

            migrationBuilder.DropColumn(
                name: "CareStartsOn",
                schema: "commissioning",
                table: "RequestFacts");
        }
    }
}
