using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Bookings
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CoverOffers",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoverRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Wave = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Volunteered = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeekerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CancelledCarerProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sector = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Waves = table.Column<int>(type: "integer", nullable: false),
                    NextWaveAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VolunteerProfileId = table.Column<Guid>(type: "uuid", nullable: true),
                    VolunteerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CoverVisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
