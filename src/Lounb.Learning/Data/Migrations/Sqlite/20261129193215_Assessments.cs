using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments_category",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    info = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    is_shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    sort_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_category", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_category_assessments_category_parent_id",
                        column: x => x.parent_id,
                        principalTable: "assessments_category",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_category_identity_user_owner_id",
                        column: x => x.owner_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessments_quiz",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    intro_markdown = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    opens_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closes_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    time_limit_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    attempts_allowed = table.Column<int>(type: "INTEGER", nullable: false),
                    grading_method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    pass_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    shuffle_questions = table.Column<bool>(type: "INTEGER", nullable: false),
                    shuffle_answers = table.Column<bool>(type: "INTEGER", nullable: false),
                    questions_per_page = table.Column<int>(type: "INTEGER", nullable: false),
                    navigation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    review_timing = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    review_shows_marks = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_shows_correct_answers = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_shows_feedback = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_quiz", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_quiz_core_oblast_owner_oblast_code",
                        column: x => x.owner_oblast_code,
                        principalTable: "core_oblast",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessments_pending_import",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    target_category_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_pending_import", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_pending_import_assessments_category_target_category_id",
                        column: x => x.target_category_id,
                        principalTable: "assessments_category",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_pending_import_identity_user_owner_id",
                        column: x => x.owner_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_question",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    current_version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_count = table.Column<int>(type: "INTEGER", nullable: false),
                    tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    is_removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_question", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_question_assessments_category_category_id",
                        column: x => x.category_id,
                        principalTable: "assessments_category",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessments_attempt",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quiz_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    deadline_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    auto_submitted = table.Column<bool>(type: "INTEGER", nullable: false),
                    lesson_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    score = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    max_score = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    percent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 3, nullable: true),
                    current_page = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_attempt", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_attempt_assessments_quiz_quiz_id",
                        column: x => x.quiz_id,
                        principalTable: "assessments_quiz",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_attempt_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_quiz_grade",
                columns: table => new
                {
                    quiz_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    percent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 3, nullable: false),
                    passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    passed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_quiz_grade", x => new { x.quiz_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_assessments_quiz_grade_assessments_quiz_quiz_id",
                        column: x => x.quiz_id,
                        principalTable: "assessments_quiz",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_quiz_grade_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_quiz_override",
                columns: table => new
                {
                    quiz_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    time_limit_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    attempts_allowed = table.Column<int>(type: "INTEGER", nullable: true),
                    closes_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_quiz_override", x => new { x.quiz_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_assessments_quiz_override_assessments_quiz_quiz_id",
                        column: x => x.quiz_id,
                        principalTable: "assessments_quiz",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_quiz_override_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_question_version",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    question_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    content_json = table.Column<string>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_question_version", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_question_version_assessments_question_question_id",
                        column: x => x.question_id,
                        principalTable: "assessments_question",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_quiz_slot",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quiz_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    question_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    category_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    include_subcategories = table.Column<bool>(type: "INTEGER", nullable: false),
                    draw_count = table.Column<int>(type: "INTEGER", nullable: false),
                    mark = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_quiz_slot", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_quiz_slot_assessments_category_category_id",
                        column: x => x.category_id,
                        principalTable: "assessments_category",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_quiz_slot_assessments_question_question_id",
                        column: x => x.question_id,
                        principalTable: "assessments_question",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_quiz_slot_assessments_quiz_quiz_id",
                        column: x => x.quiz_id,
                        principalTable: "assessments_quiz",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_attempt_slot",
                columns: table => new
                {
                    attempt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    page = table.Column<int>(type: "INTEGER", nullable: false),
                    question_version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mark = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    layout = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    response = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: true),
                    response_version = table.Column<long>(type: "INTEGER", nullable: false),
                    saved_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    fraction = table.Column<decimal>(type: "TEXT", precision: 9, scale: 7, nullable: true),
                    grader_comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    graded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    graded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    needs_manual_grading = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_attempt_slot", x => new { x.attempt_id, x.number });
                    table.ForeignKey(
                        name: "fk_assessments_attempt_slot_assessments_attempt_attempt_id",
                        column: x => x.attempt_id,
                        principalTable: "assessments_attempt",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_attempt_slot_assessments_question_version_question_version_id",
                        column: x => x.question_version_id,
                        principalTable: "assessments_question_version",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessments_question_file",
                columns: table => new
                {
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments_question_file", x => new { x.version_id, x.name });
                    table.ForeignKey(
                        name: "fk_assessments_question_file_assessments_question_version_version_id",
                        column: x => x.version_id,
                        principalTable: "assessments_question_version",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_attempt_one_in_progress",
                table: "assessments_attempt",
                columns: new[] { "quiz_id", "user_id" },
                unique: true,
                filter: "\"state\" = 'InProgress'");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_attempt_quiz_id_user_id_number",
                table: "assessments_attempt",
                columns: new[] { "quiz_id", "user_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessments_attempt_state_deadline_at",
                table: "assessments_attempt",
                columns: new[] { "state", "deadline_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_attempt_user_id",
                table: "assessments_attempt",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_attempt_slot_needs_manual_grading",
                table: "assessments_attempt_slot",
                column: "needs_manual_grading");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_attempt_slot_question_version_id",
                table: "assessments_attempt_slot",
                column: "question_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_category_owner_id_is_shared",
                table: "assessments_category",
                columns: new[] { "owner_id", "is_shared" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_category_parent_id",
                table: "assessments_category",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_pending_import_owner_id",
                table: "assessments_pending_import",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_pending_import_target_category_id",
                table: "assessments_pending_import",
                column: "target_category_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_question_category_id_is_removed",
                table: "assessments_question",
                columns: new[] { "category_id", "is_removed" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_question_version_question_id_number",
                table: "assessments_question_version",
                columns: new[] { "question_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_owner_oblast_code",
                table: "assessments_quiz",
                column: "owner_oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_status",
                table: "assessments_quiz",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_grade_user_id",
                table: "assessments_quiz_grade",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_override_user_id",
                table: "assessments_quiz_override",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_slot_category_id",
                table: "assessments_quiz_slot",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_slot_question_id",
                table: "assessments_quiz_slot",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_quiz_slot_quiz_id",
                table: "assessments_quiz_slot",
                column: "quiz_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments_attempt_slot");

            migrationBuilder.DropTable(
                name: "assessments_pending_import");

            migrationBuilder.DropTable(
                name: "assessments_question_file");

            migrationBuilder.DropTable(
                name: "assessments_quiz_grade");

            migrationBuilder.DropTable(
                name: "assessments_quiz_override");

            migrationBuilder.DropTable(
                name: "assessments_quiz_slot");

            migrationBuilder.DropTable(
                name: "assessments_attempt");

            migrationBuilder.DropTable(
                name: "assessments_question_version");

            migrationBuilder.DropTable(
                name: "assessments_quiz");

            migrationBuilder.DropTable(
                name: "assessments_question");

            migrationBuilder.DropTable(
                name: "assessments_category");
        }
    }
}
