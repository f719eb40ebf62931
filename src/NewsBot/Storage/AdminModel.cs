using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>The tables of the admin commands: appointed admins, the audit log, admin alerts, runtime settings, pending confirmations.</summary>
internal static class AdminModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AdminAccount>(admin =>
        {
            admin.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
            admin.Property(a => a.UserId).HasMaxLength(64);
            admin.Property(a => a.AddedBy).HasMaxLength(64);
            admin.HasIndex(a => new { a.Channel, a.UserId }).IsUnique();
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Channel).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.SenderId).HasMaxLength(64);
            entry.Property(e => e.ChatId).HasMaxLength(64);
            entry.Property(e => e.Command).HasMaxLength(64);
            entry.Property(e => e.Arguments).HasMaxLength(AuditEntry.MaxArgumentsLength);
            entry.Property(e => e.Outcome).HasMaxLength(AuditEntry.MaxOutcomeLength);
            // /audit reads the newest entries.
            entry.HasIndex(e => e.AtUtc);
        });

        modelBuilder.Entity<AdminNotice>(notice =>
        {
            notice.Property(n => n.Channel).HasConversion<string>().HasMaxLength(20);
            notice.Property(n => n.ChatId).HasMaxLength(64);
            notice.Property(n => n.Key).HasMaxLength(200);
            notice.Property(n => n.Indonesian).HasMaxLength(AdminNotice.MaxTextLength);
            notice.Property(n => n.English).HasMaxLength(AdminNotice.MaxTextLength);
            notice.Property(n => n.LastError).HasMaxLength(500);
            // The sender reads the unsent ones that are due; the raiser looks for the same key raised a moment ago.
            notice.HasIndex(n => new { n.SentUtc, n.FailedUtc, n.DueUtc });
            notice.HasIndex(n => new { n.Key, n.CreatedUtc });
        });

        modelBuilder.Entity<BotSetting>(setting =>
        {
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(64);
            setting.Property(s => s.Value).HasMaxLength(200);
            setting.Property(s => s.UpdatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<PendingConfirmation>(pending =>
        {
            pending.HasKey(p => p.Token);
            pending.Property(p => p.Token).HasMaxLength(16);
            pending.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
            pending.Property(p => p.SenderId).HasMaxLength(64);
            pending.Property(p => p.Action).HasMaxLength(32);
            pending.Property(p => p.Payload).HasMaxLength(4000);
            pending.HasIndex(p => p.ExpiresUtc);
        });
    }
}
