using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Webinars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webinars_calendar_token",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_calendar_token", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_webinars_calendar_token_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    uid = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recurrence_rule = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    first_starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    oblast_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webinars_telegram_link",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    link_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    chat_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    linked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_telegram_link", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_webinars_telegram_link_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    uid = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    original_starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    oblast_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    course_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    registration_mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    room_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    external_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    room_name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    materials = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    recording_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_event", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_event_webinars_series_series_id",
                        column: x => x.series_id,
                        principalTable: "webinars_series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webinars_attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    first_joined_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    self_reported = table.Column<bool>(type: "boolean", nullable: false),
                    attended_by_minutes = table.Column<bool>(type: "boolean", nullable: false),
                    corrected_attended = table.Column<bool>(type: "boolean", nullable: true),
                    corrected_minutes = table.Column<int>(type: "integer", nullable: true),
                    correction_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    corrected_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_attendance_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinars_attendance_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_attendance_signal",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    external_id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    session_key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_attendance_signal", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_attendance_signal_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_chat_message",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    deleted_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_chat_message", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_chat_message_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_chat_mute",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    muted_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    muted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_chat_mute", x => new { x.event_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_webinars_chat_mute_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_host",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_host", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_host_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_webinars_host_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_poll",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    options = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_poll", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_poll_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_question",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    asked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    upvotes = table.Column<int>(type: "integer", nullable: false),
                    answered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    deleted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_question", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_question_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_raised_hand",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    raised_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_raised_hand", x => new { x.event_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_webinars_raised_hand_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_registration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_registration", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_registration_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinars_registration_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_reminder",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    claimed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_reminder", x => x.id);
                    table.ForeignKey(
                        name: "fk_webinars_reminder_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webinars_reminder_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_poll_vote",
                columns: table => new
                {
                    poll_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    option = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_poll_vote", x => new { x.poll_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_webinars_poll_vote_webinars_poll_poll_id",
                        column: x => x.poll_id,
                        principalTable: "webinars_poll",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_question_vote",
                columns: table => new
                {
                    question_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_question_vote", x => new { x.question_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_webinars_question_vote_webinars_question_question_id",
                        column: x => x.question_id,
                        principalTable: "webinars_question",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_attendance_event_id_user_id",
                table: "webinars_attendance",
                columns: new[] { "event_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_attendance_user_id",
                table: "webinars_attendance",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_attendance_signal_event_id_user_id",
                table: "webinars_attendance_signal",
                columns: new[] { "event_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_attendance_signal_source_external_id",
                table: "webinars_attendance_signal",
                columns: new[] { "source", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_calendar_token_token",
                table: "webinars_calendar_token",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_chat_message_event_id_sent_at",
                table: "webinars_chat_message",
                columns: new[] { "event_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_event_course_run_id",
                table: "webinars_event",
                column: "course_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_event_room_name",
                table: "webinars_event",
                column: "room_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_event_series_id_original_starts_at",
                table: "webinars_event",
                columns: new[] { "series_id", "original_starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_event_starts_at",
                table: "webinars_event",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_host_event_id_user_id",
                table: "webinars_host",
                columns: new[] { "event_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_host_user_id",
                table: "webinars_host",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_poll_event_id",
                table: "webinars_poll",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_question_event_id_asked_at",
                table: "webinars_question",
                columns: new[] { "event_id", "asked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_registration_event_id_user_id",
                table: "webinars_registration",
                columns: new[] { "event_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_registration_user_id_status",
                table: "webinars_registration",
                columns: new[] { "user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_reminder_event_id_user_id_kind",
                table: "webinars_reminder",
                columns: new[] { "event_id", "user_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_reminder_sent_at_due_at",
                table: "webinars_reminder",
                columns: new[] { "sent_at", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_reminder_user_id",
                table: "webinars_reminder",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_series_uid",
                table: "webinars_series",
                column: "uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_telegram_link_link_code",
                table: "webinars_telegram_link",
                column: "link_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webinars_attendance");

            migrationBuilder.DropTable(
                name: "webinars_attendance_signal");

            migrationBuilder.DropTable(
                name: "webinars_calendar_token");

            migrationBuilder.DropTable(
                name: "webinars_chat_message");

            migrationBuilder.DropTable(
                name: "webinars_chat_mute");

            migrationBuilder.DropTable(
                name: "webinars_host");

            migrationBuilder.DropTable(
                name: "webinars_poll_vote");

            migrationBuilder.DropTable(
                name: "webinars_question_vote");

            migrationBuilder.DropTable(
                name: "webinars_raised_hand");

            migrationBuilder.DropTable(
                name: "webinars_registration");

            migrationBuilder.DropTable(
                name: "webinars_reminder");

            migrationBuilder.DropTable(
                name: "webinars_telegram_link");

            migrationBuilder.DropTable(
                name: "webinars_poll");

            migrationBuilder.DropTable(
                name: "webinars_question");

            migrationBuilder.DropTable(
                name: "webinars_event");

            migrationBuilder.DropTable(
                name: "webinars_series");
        }
    }
}
