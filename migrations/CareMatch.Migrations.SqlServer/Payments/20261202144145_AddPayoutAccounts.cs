using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class AddPayoutAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PayoutAccounts",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GatewayAccountId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Simulated = table.Column<bool>(type: "bit", nullable: false),
                    PayoutsEnabled = table.Column<bool>(type: "bit", nullable: false),
                    StillDue = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Interval = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DelayDays = table.Column<int>(type: "int", nullable: false),
                    WeeklyAnchor = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    MonthlyAnchor = table.Column<int>(type: "int", nullable: true),
                    StateAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedStripeEvents",
                schema: "payments",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedStripeEvents", x => x.EventId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAccounts_CarerProfileId",
                schema: "payments",
                table: "PayoutAccounts",
                column: "CarerProfileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAccounts_CarerUserId",
                schema: "payments",
                table: "PayoutAccounts",
                column: "CarerUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAccounts_GatewayAccountId",
                schema: "payments",
                table: "PayoutAccounts",
                column: "GatewayAccountId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PayoutAccounts",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "ReceivedStripeEvents",
                schema: "payments");
        }
    }
}
