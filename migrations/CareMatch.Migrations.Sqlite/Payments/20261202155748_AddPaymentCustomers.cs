using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class AddPaymentCustomers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaymentCustomers",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GatewayCustomerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Simulated = table.Column<bool>(type: "INTEGER", nullable: false),
                    PendingSetupId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PaymentMethodId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CardBrand = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CardLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    CardExpiryMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    CardExpiryYear = table.Column<int>(type: "INTEGER", nullable: true),
                    CardSavedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentCustomers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentCustomers_GatewayCustomerId",
                schema: "payments",
                table: "PaymentCustomers",
                column: "GatewayCustomerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentCustomers_SeekerUserId",
                schema: "payments",
                table: "PaymentCustomers",
                column: "SeekerUserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentCustomers",
                schema: "payments");
        }
    }
}
