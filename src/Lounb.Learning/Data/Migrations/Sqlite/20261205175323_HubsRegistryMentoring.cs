using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HubsRegistryMentoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "hubs_hub",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "hubs_hub",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "opening_hours",
                table: "hubs_hub",
                type: "TEXT",
                maxLength: 707,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "hubs_hub",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "services",
                table: "hubs_hub",
                type: "INTEGER",
                maxLength: 40,
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.CreateIndex(
                name: "ix_hubs_action_coordinator_id_due_on",
                table: "hubs_action",
                columns: new[] { "coordinator_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_hubs_action_session_id",
                table: "hubs_action",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_equipment_hub_id",
                table: "hubs_equipment",
                column: "hub_id");

            migrationBuilder.CreateIndex(
                name: "ix_hubs_goal_coordinator_id",
                table: "hubs_goal",
                column: "coordinator_id");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hubs_action");

            migrationBuilder.DropTable(
                name: "hubs_equipment");

            migrationBuilder.DropTable(
                name: "hubs_goal");

            migrationBuilder.DropTable(
                name: "hubs_self_assessment_rating");

            migrationBuilder.DropTable(
                name: "hubs_stop");

            migrationBuilder.DropTable(
                name: "hubs_session");

            migrationBuilder.DropTable(
                name: "hubs_self_assessment");

            migrationBuilder.DropColumn(
                name: "address",
                table: "hubs_hub");

            migrationBuilder.DropColumn(
                name: "email",
                table: "hubs_hub");

            migrationBuilder.DropColumn(
                name: "opening_hours",
                table: "hubs_hub");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "hubs_hub");

            migrationBuilder.DropColumn(
                name: "services",
                table: "hubs_hub");
        }
    }
}
