using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BackupJob : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_platform_backup_run_finished_at",
                table: "platform_backup_run",
                column: "finished_at");

            migrationBuilder.CreateIndex(
                name: "ix_platform_backup_run_scheduled_for",
                table: "platform_backup_run",
                column: "scheduled_for",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_backup_run");
        }
    }
}
