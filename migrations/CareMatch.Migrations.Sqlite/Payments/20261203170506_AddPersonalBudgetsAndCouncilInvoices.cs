using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class AddPersonalBudgetsAndCouncilInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BudgetId",
                schema: "payments",
                table: "VisitPayments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BudgetDraws",
                schema: "payments",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pence = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetDraws", x => x.VisitId);
                });

            migrationBuilder.CreateTable(
                name: "CouncilInvoices",
                schema: "payments",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilInvoices", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "PersonalBudgets",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AmountPerPeriodPence = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfferedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclinedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalBudgets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetDraws_BudgetId",
                schema: "payments",
                table: "BudgetDraws",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetDraws_InvoiceNumber",
                schema: "payments",
                table: "BudgetDraws",
                column: "InvoiceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilInvoices_CouncilId",
                schema: "payments",
                table: "CouncilInvoices",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalBudgets_CouncilId",
                schema: "payments",
                table: "PersonalBudgets",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalBudgets_SeekerUserId",
                schema: "payments",
                table: "PersonalBudgets",
                column: "SeekerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetDraws",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "CouncilInvoices",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "PersonalBudgets",
                schema: "payments");

            migrationBuilder.DropColumn(
                name: "BudgetId",
                schema: "payments",
                table: "VisitPayments");
        }
    }
}
