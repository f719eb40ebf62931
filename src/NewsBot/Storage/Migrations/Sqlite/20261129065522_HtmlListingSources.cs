using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HtmlListingSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentSelector",
                table: "Sources",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkSelector",
                table: "Sources",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentSelector",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "LinkSelector",
                table: "Sources");
        }
    }
}
