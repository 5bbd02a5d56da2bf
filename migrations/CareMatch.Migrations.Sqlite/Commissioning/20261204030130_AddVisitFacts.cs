using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Commissioning
{
    /// <inheritdoc />
    public partial class AddVisitFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VisitFacts",
                schema: "commissioning",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckInMinutesAfterDue = table.Column<int>(type: "INTEGER", nullable: true),
                    LateCancellation = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitFacts", x => x.VisitId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_DueAt",
                schema: "commissioning",
                table: "VisitFacts",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_RequestId_DueAt",
                schema: "commissioning",
                table: "VisitFacts",
                columns: new[] { "RequestId", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VisitFacts",
                schema: "commissioning");
        }
    }
}
