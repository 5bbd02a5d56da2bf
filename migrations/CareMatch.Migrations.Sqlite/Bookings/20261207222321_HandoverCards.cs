using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.Sqlite.Bookings
{
    /// <inheritdoc />
    public partial class HandoverCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HandoverCardOpenings",
                schema: "bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Covering = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoverCardOpenings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HandoverCards",
                schema: "bookings",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    WhatMatters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Routines = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Risks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccessToHome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoverCards", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HandoverCardOpenings_CarerProfileId",
                schema: "bookings",
                table: "HandoverCardOpenings",
                column: "CarerProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverCardOpenings_RequestId_CarerProfileId",
                schema: "bookings",
                table: "HandoverCardOpenings",
                columns: new[] { "RequestId", "CarerProfileId" });

            migrationBuilder.CreateIndex(
                name: "IX_HandoverCards_SeekerUserId",
                schema: "bookings",
                table: "HandoverCards",
                column: "SeekerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HandoverCardOpenings",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "HandoverCards",
                schema: "bookings");
        }
    }
}
