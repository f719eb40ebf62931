using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchDigestQuietHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId",
                table: "Deliveries");

            migrationBuilder.AddColumn<bool>(
                name: "DailyDigest",
                table: "Subscribers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DigestTime",
                table: "Subscribers",
                type: "TEXT",
                nullable: false,
                // Existing subscribers get the documented default digest hour, should they switch to digests.
                defaultValue: new TimeOnly(18, 0, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "QuietFrom",
                table: "Subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "QuietUntil",
                table: "Subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Subscribers",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "WIB");

            migrationBuilder.AddColumn<long>(
                name: "DigestId",
                table: "Deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_DigestId",
                table: "Deliveries",
                column: "DigestId");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId_Status",
                table: "Deliveries",
                columns: new[] { "SubscriberId", "Status" });

            // Full-text search (SQLite only; see ArticleSearchIndex): rowid is the article's Id, the columns hold the
            // Indonesian stems of its title and summary. The index fills itself from the Articles table.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("Title", "Body", tokenize = 'unicode61 remove_diacritics 2');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_DigestId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId_Status",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "DailyDigest",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "DigestTime",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "QuietFrom",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "QuietUntil",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "DigestId",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId",
                table: "Deliveries",
                column: "SubscriberId");
        }
    }
}
