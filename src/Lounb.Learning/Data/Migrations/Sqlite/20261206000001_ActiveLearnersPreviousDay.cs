using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActiveLearnersPreviousDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reports_learner_month_any_course_month_course_id_person_id",
                table: "reports_learner_month");

            migrationBuilder.AddColumn<DateOnly>(
                name: "previous_day",
                table: "reports_learner_month",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "several_places",
                table: "reports_learner_month",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_reports_learner_month_any_course_course_id_several_places_month_previous_day_days_oblast_code_audience_hromada_id_library_id",
                table: "reports_learner_month",
                columns: new[] { "any_course", "course_id", "several_places", "month", "previous_day", "days", "oblast_code", "audience", "hromada_id", "library_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reports_learner_month_any_course_course_id_several_places_month_previous_day_days_oblast_code_audience_hromada_id_library_id",
                table: "reports_learner_month");

            migrationBuilder.DropColumn(
                name: "previous_day",
                table: "reports_learner_month");

            migrationBuilder.DropColumn(
                name: "several_places",
                table: "reports_learner_month");

            migrationBuilder.CreateIndex(
                name: "ix_reports_learner_month_any_course_month_course_id_person_id",
                table: "reports_learner_month",
                columns: new[] { "any_course", "month", "course_id", "person_id" });
        }
    }
}
