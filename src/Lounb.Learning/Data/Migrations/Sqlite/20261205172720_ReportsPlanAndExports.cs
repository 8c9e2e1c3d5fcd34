using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportsPlanAndExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reports_export_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_scope = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    source_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    parameter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rows_done = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_total = table.Column<int>(type: "INTEGER", nullable: true),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    file_bytes = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_export_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reports_plan_figures",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    indicator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false),
                    changed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_plan_figures", x => new { x.year, x.oblast_code, x.indicator, x.month });
                });

            migrationBuilder.CreateTable(
                name: "reports_plan_summaries",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    queued_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_plan_summaries", x => new { x.person_id, x.year, x.month });
                });

            migrationBuilder.CreateTable(
                name: "reports_plan_targets",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    indicator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    target = table.Column<long>(type: "INTEGER", nullable: false),
                    changed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_plan_targets", x => new { x.year, x.oblast_code, x.indicator });
                });

            migrationBuilder.CreateIndex(
                name: "ix_reports_export_jobs_expires_at",
                table: "reports_export_jobs",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_reports_export_jobs_owner_id",
                table: "reports_export_jobs",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_reports_export_jobs_status_due_at",
                table: "reports_export_jobs",
                columns: new[] { "status", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reports_export_jobs");

            migrationBuilder.DropTable(
                name: "reports_plan_figures");

            migrationBuilder.DropTable(
                name: "reports_plan_summaries");

            migrationBuilder.DropTable(
                name: "reports_plan_targets");
        }
    }
}
