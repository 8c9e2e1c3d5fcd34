using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    signatory_position = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signatory_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    logo_png = table.Column<byte[]>(type: "bytea", nullable: true),
                    logo_content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    signature_png = table.Column<byte[]>(type: "bytea", nullable: true),
                    signature_content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    issue_automatically = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
