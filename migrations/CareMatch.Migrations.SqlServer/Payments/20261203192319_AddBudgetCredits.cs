using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class AddBudgetCredits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BudgetCredits",
                schema: "payments",
                columns: table => new
                {
                    RefundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Pence = table.Column<long>(type: "bigint", nullable: false),
                    CreditedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetCredits", x => x.RefundId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetCredits_BudgetId",
                schema: "payments",
                table: "BudgetCredits",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetCredits_InvoiceNumber",
                schema: "payments",
                table: "BudgetCredits",
                column: "InvoiceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetCredits_VisitId",
                schema: "payments",
                table: "BudgetCredits",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetCredits",
                schema: "payments");
        }
    }
}
