using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WebinarsLive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "client_id",
                table: "webinars_question",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "client_id",
                table: "webinars_chat_message",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "webinars_live_connection",
                columns: table => new
                {
                    connection_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    node_id = table.Column<Guid>(type: "uuid", nullable: false),
                    connected_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "webinars_live_node",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    machine_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    seen_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webinars_live_node", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_webinars_question_event_id_user_id_client_id",
                table: "webinars_question",
                columns: new[] { "event_id", "user_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webinars_chat_message_event_id_user_id_client_id",
                table: "webinars_chat_message",
                columns: new[] { "event_id", "user_id", "client_id" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webinars_live_connection");

            migrationBuilder.DropTable(
                name: "webinars_live_node");

            migrationBuilder.DropIndex(
                name: "ix_webinars_question_event_id_user_id_client_id",
                table: "webinars_question");

            migrationBuilder.DropIndex(
                name: "ix_webinars_chat_message_event_id_user_id_client_id",
                table: "webinars_chat_message");

            migrationBuilder.DropColumn(
                name: "client_id",
                table: "webinars_question");

            migrationBuilder.DropColumn(
                name: "client_id",
                table: "webinars_chat_message");
        }
    }
}
