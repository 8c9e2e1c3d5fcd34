using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Courses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "courses_course",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    hours = table.Column<int>(type: "INTEGER", nullable: false),
                    topics = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    cover_image_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    owner_oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_course", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_course_core_department_department_id",
                        column: x => x.department_id,
                        principalTable: "core_department",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_courses_course_core_oblast_owner_oblast_code",
                        column: x => x.owner_oblast_code,
                        principalTable: "core_oblast",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "courses_prerequisite",
                columns: table => new
                {
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    required_course_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_prerequisite", x => new { x.course_id, x.required_course_id });
                    table.ForeignKey(
                        name: "fk_courses_prerequisite_courses_course_course_id",
                        column: x => x.course_id,
                        principalTable: "courses_course",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_courses_prerequisite_courses_course_required_course_id",
                        column: x => x.required_course_id,
                        principalTable: "courses_course",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "courses_run",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    invite_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    seats_taken = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_run", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_run_courses_course_course_id",
                        column: x => x.course_id,
                        principalTable: "courses_course",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_section",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_section", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_section_courses_course_course_id",
                        column: x => x.course_id,
                        principalTable: "courses_course",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_lesson_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_enrollment", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_enrollment_courses_run_run_id",
                        column: x => x.run_id,
                        principalTable: "courses_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_courses_enrollment_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_run_trainer",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_run_trainer", x => new { x.run_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_courses_run_trainer_courses_run_run_id",
                        column: x => x.run_id,
                        principalTable: "courses_run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_courses_run_trainer_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_lesson",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    section_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    is_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    body_markdown = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    file_content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    extension_ref = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_lesson", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_lesson_courses_section_section_id",
                        column: x => x.section_id,
                        principalTable: "courses_section",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_lesson_progress",
                columns: table => new
                {
                    enrollment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lesson_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses_lesson_progress", x => new { x.enrollment_id, x.lesson_id });
                    table.ForeignKey(
                        name: "fk_courses_lesson_progress_courses_enrollment_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "courses_enrollment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_courses_lesson_progress_courses_lesson_lesson_id",
                        column: x => x.lesson_id,
                        principalTable: "courses_lesson",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_courses_course_department_id",
                table: "courses_course",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_course_owner_oblast_code",
                table: "courses_course",
                column: "owner_oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_courses_course_slug",
                table: "courses_course",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_courses_course_status_audience_format",
                table: "courses_course",
                columns: new[] { "status", "audience", "format" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_enrollment_run_id_status_created_at",
                table: "courses_enrollment",
                columns: new[] { "run_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_enrollment_run_id_user_id",
                table: "courses_enrollment",
                columns: new[] { "run_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_courses_enrollment_user_id_status",
                table: "courses_enrollment",
                columns: new[] { "user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_lesson_course_id_is_removed",
                table: "courses_lesson",
                columns: new[] { "course_id", "is_removed" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_lesson_section_id",
                table: "courses_lesson",
                column: "section_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_lesson_progress_lesson_id",
                table: "courses_lesson_progress",
                column: "lesson_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_prerequisite_required_course_id",
                table: "courses_prerequisite",
                column: "required_course_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_run_course_id_state",
                table: "courses_run",
                columns: new[] { "course_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_run_trainer_user_id",
                table: "courses_run_trainer",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_section_course_id",
                table: "courses_section",
                column: "course_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courses_lesson_progress");

            migrationBuilder.DropTable(
                name: "courses_prerequisite");

            migrationBuilder.DropTable(
                name: "courses_run_trainer");

            migrationBuilder.DropTable(
                name: "courses_enrollment");

            migrationBuilder.DropTable(
                name: "courses_lesson");

            migrationBuilder.DropTable(
                name: "courses_run");

            migrationBuilder.DropTable(
                name: "courses_section");

            migrationBuilder.DropTable(
                name: "courses_course");
        }
    }
}
