using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Bookings
{
    /// <inheritdoc />
    public partial class OffersBookingsVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bookings",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeekerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    HourlyRatePence = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VisitsThrough = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareOffers",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeekerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareOffers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CarerNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedAutomatically = table.Column<bool>(type: "boolean", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LateCancellation = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CarerProfileId",
                schema: "bookings",
                table: "Bookings",
                column: "CarerProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_RequestId",
                schema: "bookings",
                table: "Bookings",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SeekerUserId",
                schema: "bookings",
                table: "Bookings",
                column: "SeekerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CareOffers_CarerProfileId",
                schema: "bookings",
                table: "CareOffers",
                column: "CarerProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CareOffers_RequestId",
                schema: "bookings",
                table: "CareOffers",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CareOffers_Status_ExpiresAt",
                schema: "bookings",
                table: "CareOffers",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_BookingId_StartsAt",
                schema: "bookings",
                table: "Visits",
                columns: new[] { "BookingId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_CarerProfileId_StartsAt",
                schema: "bookings",
                table: "Visits",
                columns: new[] { "CarerProfileId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Status_EndsAt",
                schema: "bookings",
                table: "Visits",
                columns: new[] { "Status", "EndsAt" });

            // A carer is never booked into two overlapping visits: the database refuses it,
            // whatever races the application loses (btree_gist is a trusted extension, so the
            // database owner may create it).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql(@"ALTER TABLE bookings.""Visits"" ADD CONSTRAINT ""EX_Visits_CarerOverlap""
                EXCLUDE USING gist (""CarerProfileId"" WITH =, tstzrange(""StartsAt"", ""EndsAt"", '[)') WITH &&)
                WHERE (""Status"" <> 'Cancelled');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"ALTER TABLE bookings.""Visits"" DROP CONSTRAINT IF EXISTS ""EX_Visits_CarerOverlap"";");

            migrationBuilder.DropTable(
                name: "Bookings",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "CareOffers",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "Visits",
                schema: "bookings");
        }
    }
}
