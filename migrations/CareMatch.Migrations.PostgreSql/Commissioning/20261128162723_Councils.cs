using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareMatch.Migrations.PostgreSql.Commissioning
{
    /// <inheritdoc />
    public partial class Councils : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommissionerAssignments",
                schema: "commissioning",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionerAssignments", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "Councils",
                schema: "commissioning",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilDistricts",
                schema: "commissioning",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilDistricts", x => x.District);
                    table.ForeignKey(
                        name: "FK_CouncilDistricts_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalSchema: "commissioning",
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommissionerAssignments_CouncilId",
                schema: "commissioning",
                table: "CommissionerAssignments",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDistricts_CouncilId",
                schema: "commissioning",
                table: "CouncilDistricts",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_Name",
                schema: "commissioning",
                table: "Councils",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommissionerAssignments",
                schema: "commissioning");

            migrationBuilder.DropTable(
                name: "CouncilDistricts",
                schema: "commissioning");

            migrationBuilder.DropTable(
                name: "Councils",
                schema: "commissioning");
        }
    }
}
