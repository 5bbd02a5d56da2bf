using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Bookings
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HourlyRatePence = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitsThrough = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CarerNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LateCancellation = table.Column<bool>(type: "INTEGER", nullable: false)
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

            // A carer is never booked into two overlapping visits: the database refuses it.
            // SQLite has no exclusion constraints; these triggers run inside the (serialised)
            // write transaction, so two racing writers cannot both pass.
            foreach (var (name, when) in new[] { ("Insert", "INSERT"), ("Update", "UPDATE OF \"CarerProfileId\", \"StartsAt\", \"EndsAt\", \"Status\"") })
            {
                migrationBuilder.Sql($@"CREATE TRIGGER ""TR_Visits_NoOverlap_{name}"" BEFORE {when} ON ""Visits""
                    WHEN NEW.""Status"" <> 'Cancelled' AND EXISTS (
                        SELECT 1 FROM ""Visits"" v
                        WHERE v.""CarerProfileId"" = NEW.""CarerProfileId"" AND v.""Id"" <> NEW.""Id"" AND v.""Status"" <> 'Cancelled'
                          AND v.""StartsAt"" < NEW.""EndsAt"" AND NEW.""StartsAt"" < v.""EndsAt"")
                    BEGIN SELECT RAISE(ABORT, 'CAREMATCH_VISIT_OVERLAP'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""TR_Visits_NoOverlap_Insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""TR_Visits_NoOverlap_Update"";");

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
