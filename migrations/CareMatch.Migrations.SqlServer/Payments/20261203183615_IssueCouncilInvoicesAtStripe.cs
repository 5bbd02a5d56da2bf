using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class IssueCouncilInvoicesAtStripe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaidAt",
                schema: "payments",
                table: "CouncilInvoices",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaidPence",
                schema: "payments",
                table: "CouncilInvoices",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "PayAtUrl",
                schema: "payments",
                table: "CouncilInvoices",
                type: "nvarchar(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentChargeId",
                schema: "payments",
                table: "CouncilInvoices",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StripeCustomerId",
                schema: "payments",
                table: "CouncilInvoices",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StripeInvoiceId",
                schema: "payments",
                table: "CouncilInvoices",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilInvoices_PaymentChargeId",
                schema: "payments",
                table: "CouncilInvoices",
                column: "PaymentChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilInvoices_StripeInvoiceId",
                schema: "payments",
                table: "CouncilInvoices",
                column: "StripeInvoiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CouncilInvoices_PaymentChargeId",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropIndex(
                name: "IX_CouncilInvoices_StripeInvoiceId",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropColumn(
                name: "PaidAt",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropColumn(
                name: "PaidPence",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropColumn(
                name: "PayAtUrl",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropColumn(
                name: "PaymentChargeId",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropColumn(
                name: "StripeCustomerId",
                schema: "payments",
                table: "CouncilInvoices");

            migrationBuilder.DropColumn(
                name: "StripeInvoiceId",
                schema: "payments",
                table: "CouncilInvoices");
        }
    }
}
