using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Attestation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attestation_campaign",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    order_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    test_opens_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    test_closes_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    quiz_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    appeal_days = table.Column<int>(type: "INTEGER", nullable: false),
                    quorum_numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    quorum_denominator = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_campaign", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attestation_campaign_date",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_campaign_date", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_campaign_date_attestation_campaign_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "attestation_campaign",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attestation_campaign_scope",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_campaign_scope", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_campaign_scope_attestation_campaign_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "attestation_campaign",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attestation_candidate",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    patronymic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    step_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts_allowed = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts_counted = table.Column<int>(type: "INTEGER", nullable: false),
                    test_attempt_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    test_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    test_passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    interview_notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    interview_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    interview_place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    notified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    appeal_text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_candidate", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_candidate_attestation_campaign_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "attestation_campaign",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attestation_candidate_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attestation_commission_member",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    added_by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    added_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    left_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_by_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_commission_member", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_commission_member_attestation_campaign_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "attestation_campaign",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attestation_commission_member_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attestation_candidate_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    candidate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_candidate_event", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_candidate_event_attestation_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "attestation_candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attestation_decision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    candidate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    present = table.Column<int>(type: "INTEGER", nullable: false),
                    composition = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_fit = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_fit_with_conditions = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_not_fit = table.Column<int>(type: "INTEGER", nullable: false),
                    tie_decided_by_chair = table.Column<bool>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_decision", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_decision_attestation_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "attestation_candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attestation_condition",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    met_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    met_by_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_condition", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_condition_decision_decision_id",
                        column: x => x.decision_id,
                        principalTable: "attestation_decision",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attestation_vote",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    choice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attestation_vote", x => x.id);
                    table.ForeignKey(
                        name: "fk_attestation_vote_attestation_decision_decision_id",
                        column: x => x.decision_id,
                        principalTable: "attestation_decision",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attestation_campaign_oblast_code",
                table: "attestation_campaign",
                column: "oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_attestation_campaign_date_campaign_id_kind_date",
                table: "attestation_campaign_date",
                columns: new[] { "campaign_id", "kind", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attestation_campaign_scope_campaign_id_kind_unit_id",
                table: "attestation_campaign_scope",
                columns: new[] { "campaign_id", "kind", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attestation_candidate_campaign_id_normalized_email",
                table: "attestation_candidate",
                columns: new[] { "campaign_id", "normalized_email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attestation_candidate_user_id",
                table: "attestation_candidate",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_attestation_candidate_event_candidate_id_at",
                table: "attestation_candidate_event",
                columns: new[] { "candidate_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_attestation_commission_member_campaign_id_user_id",
                table: "attestation_commission_member",
                columns: new[] { "campaign_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_attestation_commission_member_user_id",
                table: "attestation_commission_member",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_attestation_condition_course_id",
                table: "attestation_condition",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_attestation_condition_decision_id",
                table: "attestation_condition",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_attestation_decision_candidate_id_round",
                table: "attestation_decision",
                columns: new[] { "candidate_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attestation_vote_decision_id_member_user_id",
                table: "attestation_vote",
                columns: new[] { "decision_id", "member_user_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attestation_campaign_date");

            migrationBuilder.DropTable(
                name: "attestation_campaign_scope");

            migrationBuilder.DropTable(
                name: "attestation_candidate_event");

            migrationBuilder.DropTable(
                name: "attestation_commission_member");

            migrationBuilder.DropTable(
                name: "attestation_condition");

            migrationBuilder.DropTable(
                name: "attestation_vote");

            migrationBuilder.DropTable(
                name: "attestation_decision");

            migrationBuilder.DropTable(
                name: "attestation_candidate");

            migrationBuilder.DropTable(
                name: "attestation_campaign");
        }
    }
}
