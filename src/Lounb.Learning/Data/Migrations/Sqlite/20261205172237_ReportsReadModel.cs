using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportsReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reports_daily",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("pk_reports_daily", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reports_fact",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    measure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    hromada_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_fact", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reports_daily_day_measure_oblast_code_hromada_id_library_id_course_id_audience",
                table: "reports_daily",
                columns: new[] { "day", "measure", "oblast_code", "hromada_id", "library_id", "course_id", "audience" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_fact_measure_day_oblast_code_person_id",
                table: "reports_fact",
                columns: new[] { "measure", "day", "oblast_code", "person_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reports_daily");

            migrationBuilder.DropTable(
                name: "reports_fact");
        }
    }
}
