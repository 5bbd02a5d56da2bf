using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Matching
{
    /// <inheritdoc />
    public partial class JobAlertsWideningCouncilWeights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingCarerChanges",
                schema: "matching",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingCarerChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MatchingCouncilWeights",
                schema: "matching",
                columns: table => new
                {
                    CouncilId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContinuityThousandths = table.Column<int>(type: "int", nullable: false),
                    DistanceThousandths = table.Column<int>(type: "int", nullable: false),
                    PreferencesThousandths = table.Column<int>(type: "int", nullable: false),
                    RatingThousandths = table.Column<int>(type: "int", nullable: false),
                    ReliabilityThousandths = table.Column<int>(type: "int", nullable: false),
                    PriceThousandths = table.Column<int>(type: "int", nullable: false),
                    ResponsivenessThousandths = table.Column<int>(type: "int", nullable: false),
                    NewCarerBoostThousandths = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingCouncilWeights", x => x.CouncilId);
                });

            migrationBuilder.CreateTable(
                name: "MatchingJobAlerts",
                schema: "matching",
                columns: table => new
                {
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingJobAlerts", x => new { x.CarerProfileId, x.RequestId });
                });

            migrationBuilder.CreateTable(
                name: "MatchingTrackedRequests",
                schema: "matching",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WideningOfferedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WidenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingTrackedRequests", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingCarerChanges_ChangedAt",
                schema: "matching",
                table: "MatchingCarerChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingJobAlerts_RequestId",
                schema: "matching",
                table: "MatchingJobAlerts",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingTrackedRequests_SeekerUserId",
                schema: "matching",
                table: "MatchingTrackedRequests",
                column: "SeekerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingCarerChanges",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "MatchingCouncilWeights",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "MatchingJobAlerts",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "MatchingTrackedRequests",
                schema: "matching");
        }
    }
}
