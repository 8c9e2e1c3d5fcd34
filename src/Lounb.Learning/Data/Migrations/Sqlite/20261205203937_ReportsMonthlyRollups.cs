using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportsMonthlyRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reports_learner_month",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    any_course = table.Column<bool>(type: "INTEGER", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    hromada_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_learner_month", x => new { x.person_id, x.month, x.any_course, x.course_id, x.oblast_code, x.hromada_id, x.library_id, x.audience });
                });

            migrationBuilder.CreateTable(
                name: "reports_monthly",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    measure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    hromada_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_monthly", x => new { x.day, x.measure, x.oblast_code, x.hromada_id, x.library_id, x.course_id, x.audience });
                });

            migrationBuilder.CreateIndex(
                name: "ix_reports_fact_person_id_day",
                table: "reports_fact",
                columns: new[] { "person_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_learner_month_any_course_month_course_id_person_id",
                table: "reports_learner_month",
                columns: new[] { "any_course", "month", "course_id", "person_id" });

            // Existing read models: the new tables start from the daily roll-up and the facts (as reports-rebuild computes them).
            migrationBuilder.Sql("""
                INSERT INTO reports_monthly (day, measure, oblast_code, hromada_id, library_id, course_id, audience, count, total)
                SELECT date(day, 'start of month'), measure, oblast_code, hromada_id, library_id, course_id, audience, sum(count), sum(total) FROM reports_daily GROUP BY date(day, 'start of month'), measure, oblast_code, hromada_id, library_id, course_id, audience;
                INSERT INTO reports_learner_month (person_id, month, any_course, oblast_code, hromada_id, library_id, course_id, audience, days)
                SELECT person_id, date(day, 'start of month'), FALSE, oblast_code, hromada_id, library_id, course_id, audience, sum(DISTINCT 1 << (CAST(strftime('%d', day) AS INTEGER) - 1)) FROM reports_fact
                WHERE measure IN ('enrolled', 'lesson', 'completed', 'attempt') GROUP BY person_id, date(day, 'start of month'), oblast_code, hromada_id, library_id, course_id, audience;
                INSERT INTO reports_learner_month (person_id, month, any_course, course_id, oblast_code, hromada_id, library_id, audience, days)
                SELECT person_id, date(day, 'start of month'), TRUE, '00000000-0000-0000-0000-000000000000', oblast_code, hromada_id, library_id, audience, sum(DISTINCT 1 << (CAST(strftime('%d', day) AS INTEGER) - 1)) FROM reports_fact
                WHERE measure IN ('enrolled', 'lesson', 'completed', 'attempt') GROUP BY person_id, date(day, 'start of month'), oblast_code, hromada_id, library_id, audience;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reports_learner_month");

            migrationBuilder.DropTable(
                name: "reports_monthly");

            migrationBuilder.DropIndex(
                name: "ix_reports_fact_person_id_day",
                table: "reports_fact");
        }
    }
}
