using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificateKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificates_signing_key");
        }
    }
}
