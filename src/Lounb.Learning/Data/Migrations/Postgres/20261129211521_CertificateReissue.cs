using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateReissue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_certificates_certificate_kind_source_id_holder_id",
                table: "certificates_certificate");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_kind_source_id_holder_id",
                table: "certificates_certificate",
                columns: new[] { "kind", "source_id", "holder_id" },
                unique: true,
                filter: "\"replaced_by_id\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_certificates_certificate_kind_source_id_holder_id",
                table: "certificates_certificate");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_certificate_kind_source_id_holder_id",
                table: "certificates_certificate",
                columns: new[] { "kind", "source_id", "holder_id" },
                unique: true);
        }
    }
}
