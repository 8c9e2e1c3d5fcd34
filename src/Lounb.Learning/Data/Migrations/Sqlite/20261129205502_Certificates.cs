using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_holder_id",
                table: "certificates_certificate",
                column: "holder_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_kind_source_id_holder_id",
                table: "certificates_certificate",
                columns: new[] { "kind", "source_id", "holder_id" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificates_certificate");

            migrationBuilder.DropTable(
                name: "certificates_counter");
        }
    }
}
