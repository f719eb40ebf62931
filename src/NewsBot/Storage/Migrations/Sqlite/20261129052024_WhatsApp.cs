using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WhatsApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastInboundUtc",
                table: "Subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReengagementSentUtc",
                table: "Subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalMessageId",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalStatus",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WhatsAppInbound",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WhatsAppInbound", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_ExternalMessageId",
                table: "Deliveries",
                column: "ExternalMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_WhatsAppInbound_Kind_ExternalId",
                table: "WhatsAppInbound",
                columns: new[] { "Kind", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WhatsAppInbound_ProcessedUtc_DueUtc",
                table: "WhatsAppInbound",
                columns: new[] { "ProcessedUtc", "DueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WhatsAppInbound");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_ExternalMessageId",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "LastInboundUtc",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "ReengagementSentUtc",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "ExternalMessageId",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "ExternalStatus",
                table: "Deliveries");
        }
    }
}
