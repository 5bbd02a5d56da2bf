using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Payments
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    GatewayAccountId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    PayoutsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    StillDue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Interval = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DelayDays = table.Column<int>(type: "integer", nullable: false),
                    WeeklyAnchor = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    MonthlyAnchor = table.Column<int>(type: "integer", nullable: true),
                    StateAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    EventId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
