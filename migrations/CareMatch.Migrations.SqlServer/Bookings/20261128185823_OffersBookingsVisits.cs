using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Bookings
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    HourlyRatePence = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    VisitsThrough = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DeclineReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RespondedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CarerNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovedAutomatically = table.Column<bool>(type: "bit", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledBy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    LateCancellation = table.Column<bool>(type: "bit", nullable: false)
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
            // SQL Server has no exclusion constraints. The trigger reads with UPDLOCK, HOLDLOCK
            // (serialisable range locks), so two racing inserts for one carer serialise on the
            // carer's rows and the second sees the first. See infra/sqlserver-visit-overlap.md.
            migrationBuilder.Sql(@"CREATE TRIGGER [bookings].[TR_Visits_NoOverlap] ON [bookings].[Visits] AFTER INSERT, UPDATE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (
        SELECT 1 FROM inserted i
        JOIN [bookings].[Visits] v WITH (UPDLOCK, HOLDLOCK)
          ON v.[CarerProfileId] = i.[CarerProfileId] AND v.[Id] <> i.[Id]
        WHERE i.[Status] <> 'Cancelled' AND v.[Status] <> 'Cancelled'
          AND v.[StartsAt] < i.[EndsAt] AND i.[StartsAt] < v.[EndsAt])
        THROW 50001, 'CAREMATCH_VISIT_OVERLAP', 1;
END");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [bookings].[TR_Visits_NoOverlap];");

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
