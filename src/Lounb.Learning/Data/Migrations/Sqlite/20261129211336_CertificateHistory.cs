using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificateHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "group_id",
                table: "certificates_certificate",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaced_by_id",
                table: "certificates_certificate",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaces_id",
                table: "certificates_certificate",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_group_id",
                table: "certificates_certificate",
                column: "group_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_certificates_certificate_group_id",
                table: "certificates_certificate");

            migrationBuilder.DropColumn(
                name: "group_id",
                table: "certificates_certificate");

            migrationBuilder.DropColumn(
                name: "replaced_by_id",
                table: "certificates_certificate");

            migrationBuilder.DropColumn(
                name: "replaces_id",
                table: "certificates_certificate");
        }
    }
}
