using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SortKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "sort_name",
                table: "identity_user",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "sort_key",
                table: "courses_course",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_sort_name",
                table: "identity_user",
                column: "sort_name");

            migrationBuilder.CreateIndex(
                name: "ix_courses_course_status_sort_key",
                table: "courses_course",
                columns: new[] { "status", "sort_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_identity_user_sort_name",
                table: "identity_user");

            migrationBuilder.DropIndex(
                name: "ix_courses_course_status_sort_key",
                table: "courses_course");

            migrationBuilder.DropColumn(
                name: "sort_name",
                table: "identity_user");

            migrationBuilder.DropColumn(
                name: "sort_key",
                table: "courses_course");
        }
    }
}
