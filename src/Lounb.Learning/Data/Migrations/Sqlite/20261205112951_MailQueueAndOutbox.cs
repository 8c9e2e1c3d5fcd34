using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MailQueueAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "core_mail_attachment");

            migrationBuilder.DropTable(
                name: "core_outbox_delivery");

            migrationBuilder.DropTable(
                name: "core_mail");

            migrationBuilder.DropTable(
                name: "core_outbox_event");
        }
    }
}
