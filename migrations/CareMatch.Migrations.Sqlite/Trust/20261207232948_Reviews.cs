using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Trust
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BookingId",
                schema: "trust",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewRounds",
                schema: "trust",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                schema: "trust",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_ReviewRounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "trust",
                        principalTable: "ReviewRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_BookingId",
                schema: "trust",
                table: "Conversations",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRounds_BookingId",
                schema: "trust",
                table: "ReviewRounds",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRounds_CarerProfileId",
                schema: "trust",
                table: "ReviewRounds",
                column: "CarerProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRounds_PublishedAt_PublishesAt",
                schema: "trust",
                table: "ReviewRounds",
                columns: new[] { "PublishedAt", "PublishesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRounds_SeekerUserId",
                schema: "trust",
                table: "ReviewRounds",
                column: "SeekerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Flagged",
                schema: "trust",
                table: "Reviews",
                column: "Flagged");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_RoundId_Author",
                schema: "trust",
                table: "Reviews",
                columns: new[] { "RoundId", "Author" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reviews",
                schema: "trust");

            migrationBuilder.DropTable(
                name: "ReviewRounds",
                schema: "trust");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_BookingId",
                schema: "trust",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "BookingId",
                schema: "trust",
                table: "Conversations");
        }
    }
}
