using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Commissioning
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
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CareTypes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Funding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstBookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
