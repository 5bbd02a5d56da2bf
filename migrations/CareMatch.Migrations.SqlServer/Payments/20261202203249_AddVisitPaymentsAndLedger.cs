using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class AddVisitPaymentsAndLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LedgerLines",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Account = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Pence = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitPayments",
                schema: "payments",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    HourlyRatePence = table.Column<long>(type: "bigint", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Done = table.Column<bool>(type: "bit", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Problem = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DeclineCode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    HoldAttempts = table.Column<int>(type: "int", nullable: false),
                    HoldKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    HoldId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    HeldPence = table.Column<long>(type: "bigint", nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReleaseWanted = table.Column<bool>(type: "bit", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ChargeKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ChargedQuarterHours = table.Column<int>(type: "int", nullable: false),
                    CarePence = table.Column<long>(type: "bigint", nullable: false),
                    ServiceFeePence = table.Column<long>(type: "bigint", nullable: false),
                    ServiceFeeVatPence = table.Column<long>(type: "bigint", nullable: false),
                    CommissionPence = table.Column<long>(type: "bigint", nullable: false),
                    CommissionVatPence = table.Column<long>(type: "bigint", nullable: false),
                    ChargeId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    ChargedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TransferId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    TransferredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitPayments", x => x.VisitId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_EntryId",
                schema: "payments",
                table: "LedgerLines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_Reference",
                schema: "payments",
                table: "LedgerLines",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_VisitPayments_CarerUserId",
                schema: "payments",
                table: "VisitPayments",
                column: "CarerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitPayments_Done_NextAttemptAt",
                schema: "payments",
                table: "VisitPayments",
                columns: new[] { "Done", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitPayments_SeekerUserId",
                schema: "payments",
                table: "VisitPayments",
                column: "SeekerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerLines",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "VisitPayments",
                schema: "payments");
        }
    }
}
