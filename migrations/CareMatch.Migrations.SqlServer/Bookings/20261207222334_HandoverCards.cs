using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Bookings
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CarerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Covering = table.Column<bool>(type: "bit", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeekerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    WhatMatters = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Routines = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Risks = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AccessToHome = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
