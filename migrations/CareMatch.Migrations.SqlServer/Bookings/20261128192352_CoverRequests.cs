using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Bookings
{
    /// <inheritdoc />
    public partial class CoverRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_BookingId_StartsAt",
                schema: "bookings",
                table: "Visits");

            migrationBuilder.AddColumn<string>(
                name: "CoverCarerName",
                schema: "bookings",
                table: "Visits",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CoverOffers",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoverRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Wave = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Volunteered = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverOffers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoverRequests",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CancelledCarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Waves = table.Column<int>(type: "int", nullable: false),
                    NextWaveAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    VolunteerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VolunteerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CoverVisitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_BookingId_CarerProfileId_StartsAt",
                schema: "bookings",
                table: "Visits",
                columns: new[] { "BookingId", "CarerProfileId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverOffers_CarerProfileId",
                schema: "bookings",
                table: "CoverOffers",
                column: "CarerProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverOffers_CoverRequestId_CarerProfileId",
                schema: "bookings",
                table: "CoverOffers",
                columns: new[] { "CoverRequestId", "CarerProfileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverRequests_Status",
                schema: "bookings",
                table: "CoverRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CoverRequests_VisitId",
                schema: "bookings",
                table: "CoverRequests",
                column: "VisitId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoverOffers",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "CoverRequests",
                schema: "bookings");

            migrationBuilder.DropIndex(
                name: "IX_Visits_BookingId_CarerProfileId_StartsAt",
                schema: "bookings",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "CoverCarerName",
                schema: "bookings",
                table: "Visits");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_BookingId_StartsAt",
                schema: "bookings",
                table: "Visits",
                columns: new[] { "BookingId", "StartsAt" },
                unique: true);
        }
    }
}
