using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Matching
{
    /// <inheritdoc />
    public partial class InvitationReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingInvitationReplies",
                schema: "matching",
                columns: table => new
                {
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingInvitationReplies", x => x.OfferId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingInvitationReplies_CarerProfileId_AnsweredAt",
                schema: "matching",
                table: "MatchingInvitationReplies",
                columns: new[] { "CarerProfileId", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingInvitationReplies",
                schema: "matching");
        }
    }
}
