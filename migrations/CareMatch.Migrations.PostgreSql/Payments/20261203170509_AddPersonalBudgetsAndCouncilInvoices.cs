using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Payments
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BudgetDraws",
                schema: "payments",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pence = table.Column<long>(type: "bigint", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
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
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalPence = table.Column<long>(type: "bigint", nullable: false),
                    Lines = table.Column<int>(type: "integer", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SeekerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AmountPerPeriodPence = table.Column<long>(type: "bigint", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OfferedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
