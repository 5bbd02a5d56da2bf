using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.SqlServer.Trust
{
    /// <inheritdoc />
    public partial class ConcernsAboutPeopleAndVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "MessageId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<Guid>(
                name: "ConversationId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<string>(
                name: "AboutName",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BookingId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CarerProfileId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CouncilEmailFailedAt",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Message");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VisitEndsAt",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VisitId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VisitStartsAt",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcerns_CouncilEmailFailedAt",
                schema: "trust",
                table: "SafeguardingConcerns",
                column: "CouncilEmailFailedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafeguardingConcerns_CouncilEmailFailedAt",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "AboutName",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "BookingId",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "CarerProfileId",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "CouncilEmailFailedAt",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "Subject",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "VisitEndsAt",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "VisitId",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.DropColumn(
                name: "VisitStartsAt",
                schema: "trust",
                table: "SafeguardingConcerns");

            migrationBuilder.AlterColumn<Guid>(
                name: "MessageId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "ConversationId",
                schema: "trust",
                table: "SafeguardingConcerns",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);
        }
    }
}
