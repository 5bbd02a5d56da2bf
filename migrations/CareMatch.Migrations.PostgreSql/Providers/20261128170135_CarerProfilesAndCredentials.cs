using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Providers
{
    /// <inheritdoc />
    public partial class CarerProfilesAndCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Bio",
                schema: "providers",
                table: "CarerProfiles",
                type: "character varying(1500)",
                maxLength: 1500,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "CareTypes",
                schema: "providers",
                table: "CarerProfiles",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<bool>(
                name: "Drives",
                schema: "providers",
                table: "CarerProfiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                schema: "providers",
                table: "CarerProfiles",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Gender",
                schema: "providers",
                table: "CarerProfiles",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HourlyRatePence",
                schema: "providers",
                table: "CarerProfiles",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Languages",
                schema: "providers",
                table: "CarerProfiles",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<Guid>(
                name: "PhotoFileId",
                schema: "providers",
                table: "CarerProfiles",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Qualifications",
                schema: "providers",
                table: "CarerProfiles",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "Skills",
                schema: "providers",
                table: "CarerProfiles",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<int>(
                name: "TravelRadiusKm",
                schema: "providers",
                table: "CarerProfiles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CarerCredentials",
                schema: "providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnUpdateService = table.Column<bool>(type: "boolean", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefereeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExpiryWarningSentFor = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerCredentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarerCredentials_CarerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalSchema: "providers",
                        principalTable: "CarerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarerTimeOff",
                schema: "providers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerTimeOff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarerTimeOff_CarerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalSchema: "providers",
                        principalTable: "CarerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarerUploadedFiles",
                schema: "providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DownloadName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerUploadedFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CarerWeeklySlots",
                schema: "providers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerWeeklySlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarerWeeklySlots_CarerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalSchema: "providers",
                        principalTable: "CarerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarerCredentials_ProfileId_Kind",
                schema: "providers",
                table: "CarerCredentials",
                columns: new[] { "ProfileId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarerCredentials_State",
                schema: "providers",
                table: "CarerCredentials",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_CarerTimeOff_ProfileId",
                schema: "providers",
                table: "CarerTimeOff",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CarerUploadedFiles_ProfileId",
                schema: "providers",
                table: "CarerUploadedFiles",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CarerWeeklySlots_ProfileId",
                schema: "providers",
                table: "CarerWeeklySlots",
                column: "ProfileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarerCredentials",
                schema: "providers");

            migrationBuilder.DropTable(
                name: "CarerTimeOff",
                schema: "providers");

            migrationBuilder.DropTable(
                name: "CarerUploadedFiles",
                schema: "providers");

            migrationBuilder.DropTable(
                name: "CarerWeeklySlots",
                schema: "providers");

            migrationBuilder.DropColumn(
                name: "Bio",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "CareTypes",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "Drives",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "Email",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "Gender",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "HourlyRatePence",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "Languages",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "PhotoFileId",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "Qualifications",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "Skills",
                schema: "providers",
                table: "CarerProfiles");

            migrationBuilder.DropColumn(
                name: "TravelRadiusKm",
                schema: "providers",
                table: "CarerProfiles");
        }
    }
}
