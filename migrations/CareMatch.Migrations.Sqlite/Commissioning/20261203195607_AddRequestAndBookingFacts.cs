using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Commissioning
{
    /// <inheritdoc />
    public partial class AddRequestAndBookingFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BookingFacts",
                schema: "commissioning",
                columns: table => new
                {
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingFacts", x => x.BookingId);
                });

            migrationBuilder.CreateTable(
                name: "RequestFacts",
                schema: "commissioning",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    CareTypes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Funding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstBookedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestFacts", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_District_PostedAt",
                schema: "commissioning",
                table: "RequestFacts",
                columns: new[] { "District", "PostedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookingFacts",
                schema: "commissioning");

            migrationBuilder.DropTable(
                name: "RequestFacts",
                schema: "commissioning");
        }
    }
}
