using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lounb.Learning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WebinarSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "seat_version",
                table: "webinars_event",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "seats_taken",
                table: "webinars_event",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "seat_version",
                table: "webinars_event");

            migrationBuilder.DropColumn(
                name: "seats_taken",
                table: "webinars_event");
        }
    }
}
