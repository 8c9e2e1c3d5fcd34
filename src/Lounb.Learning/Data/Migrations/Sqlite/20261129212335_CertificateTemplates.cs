using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificateTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_certificates_template_kind_group_id",
                table: "certificates_template",
                columns: new[] { "kind", "group_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificates_template");
        }
    }
}
