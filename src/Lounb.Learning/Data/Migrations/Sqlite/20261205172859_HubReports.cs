using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HubReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hubs_digest",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    posted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_digest", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_hubs_hub_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs_hub",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_digest_reading",
                columns: table => new
                {
                    digest_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_digest_reading", x => new { x.digest_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_hubs_digest_reading_hubs_digest_digest_id",
                        column: x => x.digest_id,
                        principalTable: "hubs_digest",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_history_hubs_report_report_id",
                        column: x => x.report_id,
                        principalTable: "hubs_report",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report_revision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    consultations_diia = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_housing_and_idp_aid = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_pension_fund = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_tax = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_health = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_other = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    review_comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report_revision", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_revision_hubs_report_report_id",
                        column: x => x.report_id,
                        principalTable: "hubs_report",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    displaced = table.Column<int>(type: "INTEGER", nullable: false),
                    older = table.Column<int>(type: "INTEGER", nullable: false),
                    youth = table.Column<int>(type: "INTEGER", nullable: false),
                    with_disabilities = table.Column<int>(type: "INTEGER", nullable: false),
                    other = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report_event", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_event_hubs_report_revision_revision_id",
                        column: x => x.revision_id,
                        principalTable: "hubs_report_revision",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_digest_oblast_code_posted_at",
                table: "hubs_digest",
                columns: new[] { "oblast_code", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_coordinator_id",
                table: "hubs_report",
                column: "coordinator_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_hub_id_year_month",
                table: "hubs_report",
                columns: new[] { "hub_id", "year", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_oblast_code_year_month",
                table: "hubs_report",
                columns: new[] { "oblast_code", "year", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_event_revision_id",
                table: "hubs_report_event",
                column: "revision_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_history_report_id",
                table: "hubs_report_history",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_revision_report_id_number",
                table: "hubs_report_revision",
                columns: new[] { "report_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hubs_digest_reading");

            migrationBuilder.DropTable(
                name: "hubs_report_event");

            migrationBuilder.DropTable(
                name: "hubs_report_history");

            migrationBuilder.DropTable(
                name: "hubs_digest");

            migrationBuilder.DropTable(
                name: "hubs_report_revision");

            migrationBuilder.DropTable(
                name: "hubs_report");
        }
    }
}
