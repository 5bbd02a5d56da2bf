using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class AddRefundsDisputesPayoutsAndReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RefundedPence",
                schema: "payments",
                table: "VisitPayments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReversedPence",
                schema: "payments",
                table: "VisitPayments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CarerPayouts",
                schema: "payments",
                columns: table => new
                {
                    PayoutId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    GatewayAccountId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Pence = table.Column<long>(type: "INTEGER", nullable: false),
                    ArrivalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerPayouts", x => x.PayoutId);
                });

            migrationBuilder.CreateTable(
                name: "PaymentDisputes",
                schema: "payments",
                columns: table => new
                {
                    DisputeId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChargeId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Pence = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LossBooked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentDisputes", x => x.DisputeId);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TestPayments = table.Column<bool>(type: "INTEGER", nullable: false),
                    MovementsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferencesChecked = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StripeMovements",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    FeePence = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StripeMovements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitRefunds",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RefundPence = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversalPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CarerAtFault = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisputeId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AdminUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ReversalId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitRefunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationDifferences",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    LedgerPence = table.Column<long>(type: "INTEGER", nullable: false),
                    StripePence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationDifferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReconciliationDifferences_ReconciliationRuns_RunId",
                        column: x => x.RunId,
                        principalSchema: "payments",
                        principalTable: "ReconciliationRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarerPayouts_GatewayAccountId",
                schema: "payments",
                table: "CarerPayouts",
                column: "GatewayAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentDisputes_VisitId",
                schema: "payments",
                table: "PaymentDisputes",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationDifferences_RunId",
                schema: "payments",
                table: "ReconciliationDifferences",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_RanAt",
                schema: "payments",
                table: "ReconciliationRuns",
                column: "RanAt");

            migrationBuilder.CreateIndex(
                name: "IX_StripeMovements_Reference",
                schema: "payments",
                table: "StripeMovements",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_VisitRefunds_Done_NextAttemptAt",
                schema: "payments",
                table: "VisitRefunds",
                columns: new[] { "Done", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitRefunds_VisitId",
                schema: "payments",
                table: "VisitRefunds",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarerPayouts",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "PaymentDisputes",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "ReconciliationDifferences",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "StripeMovements",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "VisitRefunds",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "ReconciliationRuns",
                schema: "payments");

            migrationBuilder.DropColumn(
                name: "RefundedPence",
                schema: "payments",
                table: "VisitPayments");

            migrationBuilder.DropColumn(
                name: "ReversedPence",
                schema: "payments",
                table: "VisitPayments");
        }
    }
}
