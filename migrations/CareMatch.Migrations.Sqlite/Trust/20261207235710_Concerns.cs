using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Trust
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SafeguardingConcerns",
                schema: "trust",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RaisedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CouncilEmailedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafeguardingConcerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafeguardingContacts",
                schema: "trust",
                columns: table => new
                {
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafeguardingContacts", x => x.CouncilId);
                });

            migrationBuilder.CreateTable(
                name: "SafeguardingConcernEntries",
                schema: "trust",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafeguardingConcernEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafeguardingConcernEntries_SafeguardingConcerns_ConcernId",
                        column: x => x.ConcernId,
                        principalSchema: "trust",
                        principalTable: "SafeguardingConcerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcernEntries_ConcernId",
                schema: "trust",
                table: "SafeguardingConcernEntries",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcerns_CouncilId",
                schema: "trust",
                table: "SafeguardingConcerns",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcerns_RaisedByUserId",
                schema: "trust",
                table: "SafeguardingConcerns",
                column: "RaisedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcerns_Reference",
                schema: "trust",
                table: "SafeguardingConcerns",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SafeguardingConcernEntries",
                schema: "trust");

            migrationBuilder.DropTable(
                name: "SafeguardingContacts",
                schema: "trust");

            migrationBuilder.DropTable(
                name: "SafeguardingConcerns",
                schema: "trust");
        }
    }
}
