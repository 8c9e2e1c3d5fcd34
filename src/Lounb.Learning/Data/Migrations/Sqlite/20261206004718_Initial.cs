using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
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
                    questionnaire_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    test_is_drawn = table.Column<bool>(type: "INTEGER", nullable: false),
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
                name: "certificates_counter",
                columns: table => new
                {
                    series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates_counter", x => new { x.series, x.year });
                });

            migrationBuilder.CreateTable(
                name: "certificates_signing_key",
                columns: table => new
                {
                    key_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    protected_private_key = table.Column<string>(type: "TEXT", nullable: false),
                    modulus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    exponent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    retired_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates_signing_key", x => x.key_id);
                });

            migrationBuilder.CreateTable(
                name: "certificates_template",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    signatory_position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    signatory_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    logo_png = table.Column<byte[]>(type: "BLOB", nullable: true),
                    logo_content_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    signature_png = table.Column<byte[]>(type: "BLOB", nullable: true),
                    signature_content_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    issue_automatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates_template", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "core_audit_entry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ip_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_audit_entry", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "core_data_protection_key",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_data_protection_key", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "core_mail",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_mail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "core_oblast",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_oblast", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "core_outbox_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    dispatched_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_outbox_event", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_digest",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    posted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_digest", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_goal",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_goal", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_hub",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    opening_hours = table.Column<string>(type: "TEXT", maxLength: 707, nullable: false),
                    services = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_hub", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_mentor_assignment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mentor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_mentor_assignment", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_self_assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_self_assessment", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hubs_session",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mentor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    topics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    next_date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_session", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_role",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_role", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pages_page",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    body_markdown = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pages_page", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_backup_run",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scheduled_for = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    bytes = table.Column<long>(type: "INTEGER", nullable: true),
                    duration_milliseconds = table.Column<long>(type: "INTEGER", nullable: true),
                    node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_backup_run", x => x.id);
                });

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
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    previous_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    several_places = table.Column<bool>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "webinars_live_node",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    machine_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    seen_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_live_node", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webinars_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    uid = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    recurrence_rule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    first_starts_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_series", x => x.id);
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
                name: "core_mail_attachment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mail_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_mail_attachment", x => x.id);
                    table.ForeignKey(
                        name: "fk_core_mail_attachment_core_mail_mail_id",
                        column: x => x.mail_id,
                        principalTable: "core_mail",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                    review_shows_feedback = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_questionnaire = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "core_hromada",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_hromada", x => x.id);
                    table.ForeignKey(
                        name: "fk_core_hromada_core_oblast_oblast_code",
                        column: x => x.oblast_code,
                        principalTable: "core_oblast",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "core_outbox_delivery",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subscriber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    last_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_outbox_delivery", x => new { x.event_id, x.subscriber });
                    table.ForeignKey(
                        name: "fk_core_outbox_delivery_outbox_event_event_id",
                        column: x => x.event_id,
                        principalTable: "core_outbox_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_digest_reading",
                columns: table => new
                {
                    digest_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_digest_reading", x => new { x.digest_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_hubs_digest_reading_hubs_digest_digest_id",
                        column: x => x.digest_id,
                        principalTable: "hubs_digest",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_coordinator",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_coordinator", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_coordinator_hubs_hub_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs_hub",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_equipment",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_equipment", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_equipment_hubs_hub_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs_hub",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_hubs_hub_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs_hub",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_stop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    community = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    starts = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ends = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    offer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_stop", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_stop_hubs_hub_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs_hub",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_self_assessment_rating",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    self_assessment_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_self_assessment_rating", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_self_assessment_rating_hubs_self_assessment_self_assessment_id",
                        column: x => x.self_assessment_id,
                        principalTable: "hubs_self_assessment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_action",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coordinator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    done_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_action", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_action_mentoring_session_session_id",
                        column: x => x.session_id,
                        principalTable: "hubs_session",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_role_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_role_claim", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_role_claim_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "identity_role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    uid = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    original_starts_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    starts_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    course_run_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    registration_mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    seats_taken = table.Column<int>(type: "INTEGER", nullable: false),
                    seat_version = table.Column<int>(type: "INTEGER", nullable: false),
                    room_kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    external_url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    room_name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    materials = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    recording_url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "core_library",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hromada_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    short_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_library", x => x.id);
                    table.ForeignKey(
                        name: "fk_core_library_core_hromada_hromada_id",
                        column: x => x.hromada_id,
                        principalTable: "core_hromada",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_core_library_core_oblast_oblast_code",
                        column: x => x.oblast_code,
                        principalTable: "core_oblast",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_history_hubs_report_report_id",
                        column: x => x.report_id,
                        principalTable: "hubs_report",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report_revision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    consultations_diia = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_housing_and_idp_aid = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_pension_fund = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_tax = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_health = table.Column<int>(type: "INTEGER", nullable: false),
                    consultations_other = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    review_comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report_revision", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_revision_hubs_report_report_id",
                        column: x => x.report_id,
                        principalTable: "hubs_report",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_attendance_signal",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    session_key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    deleted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deleted_by_id = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    muted_by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    muted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "webinars_live_connection",
                columns: table => new
                {
                    connection_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    node_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    connected_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_live_connection", x => new { x.connection_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_webinars_live_connection_webinars_event_event_id",
                        column: x => x.event_id,
                        principalTable: "webinars_event",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_poll",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    options = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    created_by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    asked_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    upvotes = table.Column<int>(type: "INTEGER", nullable: false),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deleted_at = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    raised_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "core_department",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    abbreviation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_core_department", x => x.id);
                    table.ForeignKey(
                        name: "fk_core_department_libraries_library_id",
                        column: x => x.library_id,
                        principalTable: "core_library",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    full_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    age_group = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    hromada_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    library_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    guardian_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    guardian_contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    guardian_consent_recorded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    sort_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_user_core_hromada_hromada_id",
                        column: x => x.hromada_id,
                        principalTable: "core_hromada",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_identity_user_core_library_library_id",
                        column: x => x.library_id,
                        principalTable: "core_library",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_identity_user_core_oblast_oblast_code",
                        column: x => x.oblast_code,
                        principalTable: "core_oblast",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hubs_report_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    displaced = table.Column<int>(type: "INTEGER", nullable: false),
                    older = table.Column<int>(type: "INTEGER", nullable: false),
                    youth = table.Column<int>(type: "INTEGER", nullable: false),
                    with_disabilities = table.Column<int>(type: "INTEGER", nullable: false),
                    other = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hubs_report_event", x => x.id);
                    table.ForeignKey(
                        name: "fk_hubs_report_event_hubs_report_revision_revision_id",
                        column: x => x.revision_id,
                        principalTable: "hubs_report_revision",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_poll_vote",
                columns: table => new
                {
                    poll_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    option = table.Column<int>(type: "INTEGER", nullable: false)
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
                    question_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    search_text = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false),
                    sort_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "assessments_category",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    info = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
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
                name: "certificates_certificate",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    verification_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    holder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    holder_oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    replaces_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    replaced_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    hours = table.Column<int>(type: "INTEGER", nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revocation_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    revoked_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates_certificate", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificates_certificate_identity_user_holder_id",
                        column: x => x.holder_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_claim", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_user_claim_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_login",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_login", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_identity_user_login_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_role",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scope_oblast_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_role", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_identity_user_role_core_oblast_scope_oblast_code",
                        column: x => x.scope_oblast_code,
                        principalTable: "core_oblast",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_identity_user_role_identity_role_role_id",
                        column: x => x.role_id,
                        principalTable: "identity_role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_identity_user_role_identity_user_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_token",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_token", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_identity_user_token_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webinars_attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    first_joined_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    self_reported = table.Column<bool>(type: "INTEGER", nullable: false),
                    attended_by_minutes = table.Column<bool>(type: "INTEGER", nullable: false),
                    corrected_attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    corrected_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    correction_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    corrected_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reported_at = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "webinars_calendar_token",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "webinars_host",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                name: "webinars_registration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "webinars_telegram_link",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    link_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    chat_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    linked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_group_id",
                table: "certificates_certificate",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_holder_id",
                table: "certificates_certificate",
                column: "holder_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_kind_source_id_holder_id",
                table: "certificates_certificate",
                columns: new[] { "kind", "source_id", "holder_id" },
                unique: true,
                filter: "\"replaced_by_id\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_number",
                table: "certificates_certificate",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_verification_code",
                table: "certificates_certificate",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_template_kind_group_id",
                table: "certificates_template",
                columns: new[] { "kind", "group_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_core_audit_entry_action",
                table: "core_audit_entry",
                column: "action");

            migrationBuilder.CreateIndex(
                name: "ix_core_audit_entry_at",
                table: "core_audit_entry",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_core_department_library_id_name",
                table: "core_department",
                columns: new[] { "library_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_core_hromada_oblast_code_name",
                table: "core_hromada",
                columns: new[] { "oblast_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_core_library_hromada_id_name",
                table: "core_library",
                columns: new[] { "hromada_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_core_library_oblast_code",
                table: "core_library",
                column: "oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_core_mail_sent_at_due_at",
                table: "core_mail",
                columns: new[] { "sent_at", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_core_mail_attachment_mail_id",
                table: "core_mail_attachment",
                column: "mail_id");

            migrationBuilder.CreateIndex(
                name: "ix_core_outbox_event_dispatched_at_due_at",
                table: "core_outbox_event",
                columns: new[] { "dispatched_at", "due_at" });

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
                name: "ix_courses_course_status_sort_key",
                table: "courses_course",
                columns: new[] { "status", "sort_key" });

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

            migrationBuilder.CreateIndex(
                name: "ix_hubs_action_coordinator_id_due_on",
                table: "hubs_action",
                columns: new[] { "coordinator_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_action_session_id",
                table: "hubs_action",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_coordinator_hub_id_since",
                table: "hubs_coordinator",
                columns: new[] { "hub_id", "since" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_coordinator_person_id",
                table: "hubs_coordinator",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_digest_oblast_code_posted_at",
                table: "hubs_digest",
                columns: new[] { "oblast_code", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_equipment_hub_id",
                table: "hubs_equipment",
                column: "hub_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_goal_coordinator_id",
                table: "hubs_goal",
                column: "coordinator_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_hub_library_id",
                table: "hubs_hub",
                column: "library_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_hub_oblast_code",
                table: "hubs_hub",
                column: "oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_mentor_assignment_coordinator_id_since",
                table: "hubs_mentor_assignment",
                columns: new[] { "coordinator_id", "since" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_mentor_assignment_mentor_id_since",
                table: "hubs_mentor_assignment",
                columns: new[] { "mentor_id", "since" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_coordinator_id",
                table: "hubs_report",
                column: "coordinator_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_hub_id_year_month",
                table: "hubs_report",
                columns: new[] { "hub_id", "year", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_oblast_code_year_month",
                table: "hubs_report",
                columns: new[] { "oblast_code", "year", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_event_revision_id",
                table: "hubs_report_event",
                column: "revision_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_history_report_id",
                table: "hubs_report_history",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_report_revision_report_id_number",
                table: "hubs_report_revision",
                columns: new[] { "report_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hubs_self_assessment_coordinator_id_stage",
                table: "hubs_self_assessment",
                columns: new[] { "coordinator_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hubs_self_assessment_rating_self_assessment_id",
                table: "hubs_self_assessment_rating",
                column: "self_assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_session_coordinator_id_held_on",
                table: "hubs_session",
                columns: new[] { "coordinator_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_session_mentor_id",
                table: "hubs_session",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_stop_hub_id_day",
                table: "hubs_stop",
                columns: new[] { "hub_id", "day" });

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "identity_role",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_role_claim_role_id",
                table: "identity_role_claim",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "identity_user",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_full_name",
                table: "identity_user",
                column: "full_name");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_hromada_id",
                table: "identity_user",
                column: "hromada_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_library_id",
                table: "identity_user",
                column: "library_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_oblast_code",
                table: "identity_user",
                column: "oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_sort_name",
                table: "identity_user",
                column: "sort_name");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "identity_user",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_claim_user_id",
                table: "identity_user_claim",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_login_user_id",
                table: "identity_user_login",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_role_role_id",
                table: "identity_user_role",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_role_scope_oblast_code",
                table: "identity_user_role",
                column: "scope_oblast_code");

            migrationBuilder.CreateIndex(
                name: "ix_pages_page_kind_status_published_at",
                table: "pages_page",
                columns: new[] { "kind", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pages_page_slug",
                table: "pages_page",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_backup_run_finished_at",
                table: "platform_backup_run",
                column: "finished_at");

            migrationBuilder.CreateIndex(
                name: "ix_platform_backup_run_scheduled_for",
                table: "platform_backup_run",
                column: "scheduled_for",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_daily_day_measure_oblast_code_hromada_id_library_id_course_id_audience",
                table: "reports_daily",
                columns: new[] { "day", "measure", "oblast_code", "hromada_id", "library_id", "course_id", "audience" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_reports_fact_measure_day_oblast_code_person_id",
                table: "reports_fact",
                columns: new[] { "measure", "day", "oblast_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_fact_person_id_day",
                table: "reports_fact",
                columns: new[] { "person_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_learner_month_any_course_course_id_several_places_month_previous_day_days_oblast_code_audience_hromada_id_library_id",
                table: "reports_learner_month",
                columns: new[] { "any_course", "course_id", "several_places", "month", "previous_day", "days", "oblast_code", "audience", "hromada_id", "library_id" });

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
                name: "ix_webinars_chat_message_event_id_user_id_client_id",
                table: "webinars_chat_message",
                columns: new[] { "event_id", "user_id", "client_id" },
                unique: true);

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
                name: "ix_webinars_live_connection_event_id_user_id",
                table: "webinars_live_connection",
                columns: new[] { "event_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_live_connection_node_id",
                table: "webinars_live_connection",
                column: "node_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_live_node_seen_at",
                table: "webinars_live_node",
                column: "seen_at");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_poll_event_id",
                table: "webinars_poll",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_webinars_question_event_id_asked_at",
                table: "webinars_question",
                columns: new[] { "event_id", "asked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_question_event_id_user_id_client_id",
                table: "webinars_question",
                columns: new[] { "event_id", "user_id", "client_id" },
                unique: true);

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
                name: "certificates_certificate");

            migrationBuilder.DropTable(
                name: "certificates_counter");

            migrationBuilder.DropTable(
                name: "certificates_signing_key");

            migrationBuilder.DropTable(
                name: "certificates_template");

            migrationBuilder.DropTable(
                name: "core_audit_entry");

            migrationBuilder.DropTable(
                name: "core_data_protection_key");

            migrationBuilder.DropTable(
                name: "core_mail_attachment");

            migrationBuilder.DropTable(
                name: "core_outbox_delivery");

            migrationBuilder.DropTable(
                name: "courses_lesson_progress");

            migrationBuilder.DropTable(
                name: "courses_prerequisite");

            migrationBuilder.DropTable(
                name: "courses_run_trainer");

            migrationBuilder.DropTable(
                name: "hubs_action");

            migrationBuilder.DropTable(
                name: "hubs_coordinator");

            migrationBuilder.DropTable(
                name: "hubs_digest_reading");

            migrationBuilder.DropTable(
                name: "hubs_equipment");

            migrationBuilder.DropTable(
                name: "hubs_goal");

            migrationBuilder.DropTable(
                name: "hubs_mentor_assignment");

            migrationBuilder.DropTable(
                name: "hubs_report_event");

            migrationBuilder.DropTable(
                name: "hubs_report_history");

            migrationBuilder.DropTable(
                name: "hubs_self_assessment_rating");

            migrationBuilder.DropTable(
                name: "hubs_stop");

            migrationBuilder.DropTable(
                name: "identity_role_claim");

            migrationBuilder.DropTable(
                name: "identity_user_claim");

            migrationBuilder.DropTable(
                name: "identity_user_login");

            migrationBuilder.DropTable(
                name: "identity_user_role");

            migrationBuilder.DropTable(
                name: "identity_user_token");

            migrationBuilder.DropTable(
                name: "pages_page");

            migrationBuilder.DropTable(
                name: "platform_backup_run");

            migrationBuilder.DropTable(
                name: "reports_daily");

            migrationBuilder.DropTable(
                name: "reports_export_jobs");

            migrationBuilder.DropTable(
                name: "reports_fact");

            migrationBuilder.DropTable(
                name: "reports_learner_month");

            migrationBuilder.DropTable(
                name: "reports_monthly");

            migrationBuilder.DropTable(
                name: "reports_plan_figures");

            migrationBuilder.DropTable(
                name: "reports_plan_summaries");

            migrationBuilder.DropTable(
                name: "reports_plan_targets");

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
                name: "webinars_live_connection");

            migrationBuilder.DropTable(
                name: "webinars_live_node");

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
                name: "assessments_attempt");

            migrationBuilder.DropTable(
                name: "assessments_question_version");

            migrationBuilder.DropTable(
                name: "attestation_decision");

            migrationBuilder.DropTable(
                name: "core_mail");

            migrationBuilder.DropTable(
                name: "core_outbox_event");

            migrationBuilder.DropTable(
                name: "courses_enrollment");

            migrationBuilder.DropTable(
                name: "courses_lesson");

            migrationBuilder.DropTable(
                name: "hubs_session");

            migrationBuilder.DropTable(
                name: "hubs_digest");

            migrationBuilder.DropTable(
                name: "hubs_report_revision");

            migrationBuilder.DropTable(
                name: "hubs_self_assessment");

            migrationBuilder.DropTable(
                name: "identity_role");

            migrationBuilder.DropTable(
                name: "webinars_poll");

            migrationBuilder.DropTable(
                name: "webinars_question");

            migrationBuilder.DropTable(
                name: "assessments_quiz");

            migrationBuilder.DropTable(
                name: "assessments_question");

            migrationBuilder.DropTable(
                name: "attestation_candidate");

            migrationBuilder.DropTable(
                name: "courses_run");

            migrationBuilder.DropTable(
                name: "courses_section");

            migrationBuilder.DropTable(
                name: "hubs_report");

            migrationBuilder.DropTable(
                name: "webinars_event");

            migrationBuilder.DropTable(
                name: "assessments_category");

            migrationBuilder.DropTable(
                name: "attestation_campaign");

            migrationBuilder.DropTable(
                name: "courses_course");

            migrationBuilder.DropTable(
                name: "hubs_hub");

            migrationBuilder.DropTable(
                name: "webinars_series");

            migrationBuilder.DropTable(
                name: "identity_user");

            migrationBuilder.DropTable(
                name: "core_department");

            migrationBuilder.DropTable(
                name: "core_library");

            migrationBuilder.DropTable(
                name: "core_hromada");

            migrationBuilder.DropTable(
                name: "core_oblast");
        }
    }
}
