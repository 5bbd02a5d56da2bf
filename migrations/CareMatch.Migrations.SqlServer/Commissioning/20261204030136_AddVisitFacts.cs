using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Commissioning
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
                    VisitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckInMinutesAfterDue = table.Column<int>(type: "int", nullable: true),
                    LateCancellation = table.Column<bool>(type: "bit", nullable: false)
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
