using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
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
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    any_course = table.Column<bool>(type: "boolean", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    oblast_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    hromada_id = table.Column<Guid>(type: "uuid", nullable: false),
                    library_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_learner_month", x => new { x.person_id, x.month, x.any_course, x.course_id, x.oblast_code, x.hromada_id, x.library_id, x.audience });
                });

            migrationBuilder.CreateTable(
                name: "reports_monthly",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    oblast_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    hromada_id = table.Column<Guid>(type: "uuid", nullable: false),
                    library_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<double>(type: "double precision", nullable: false)
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
                SELECT CAST(date_trunc('month', day) AS date), measure, oblast_code, hromada_id, library_id, course_id, audience, sum(count), sum(total) FROM reports_daily GROUP BY CAST(date_trunc('month', day) AS date), measure, oblast_code, hromada_id, library_id, course_id, audience;
                INSERT INTO reports_learner_month (person_id, month, any_course, oblast_code, hromada_id, library_id, course_id, audience, days)
                SELECT person_id, CAST(date_trunc('month', day) AS date), FALSE, oblast_code, hromada_id, library_id, course_id, audience, sum(DISTINCT 1 << (CAST(extract(day FROM day) AS integer) - 1)) FROM reports_fact
                WHERE measure IN ('enrolled', 'lesson', 'completed', 'attempt') GROUP BY person_id, CAST(date_trunc('month', day) AS date), oblast_code, hromada_id, library_id, course_id, audience;
                INSERT INTO reports_learner_month (person_id, month, any_course, course_id, oblast_code, hromada_id, library_id, audience, days)
                SELECT person_id, CAST(date_trunc('month', day) AS date), TRUE, '00000000-0000-0000-0000-000000000000', oblast_code, hromada_id, library_id, audience, sum(DISTINCT 1 << (CAST(extract(day FROM day) AS integer) - 1)) FROM reports_fact
                WHERE measure IN ('enrolled', 'lesson', 'completed', 'attempt') GROUP BY person_id, CAST(date_trunc('month', day) AS date), oblast_code, hromada_id, library_id, audience;
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
