using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>
/// The one model, shared by every database provider. Provider subclasses only exist so that each keeps its own migrations.
/// Unique indexes carry the idempotency: an article once per source, a delivery once per (article, subscriber).
/// </summary>
public abstract class NewsBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<SubscriberTag> SubscriberTags => Set<SubscriberTag>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<WhatsAppInbound> WhatsAppInbound => Set<WhatsAppInbound>();
    public DbSet<TelegramInbound> TelegramInbound => Set<TelegramInbound>();
    public DbSet<AdminAccount> AdminAccounts => Set<AdminAccount>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AdminNotice> AdminNotices => Set<AdminNotice>();
    public DbSet<BotSetting> BotSettings => Set<BotSetting>();
    public DbSet<PendingConfirmation> PendingConfirmations => Set<PendingConfirmation>();
    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();
    public DbSet<PageAttempt> PageAttempts => Set<PageAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Source>(source =>
        {
            source.Property(s => s.Name).HasMaxLength(200);
            source.Property(s => s.Url).HasMaxLength(2000);
            source.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            source.Property(s => s.DefaultTags).HasMaxLength(500);
            source.Property(s => s.LinkSelector).HasMaxLength(500);
            source.Property(s => s.ContentSelector).HasMaxLength(500);
            source.Property(s => s.ETag).HasMaxLength(500);
            source.Property(s => s.LastModified).HasMaxLength(100);
            source.Property(s => s.LastError).HasMaxLength(1000);
            source.Property(s => s.LastErrorKind).HasConversion<string>().HasMaxLength(40);
            source.HasIndex(s => s.Url).IsUnique();
            source.HasIndex(s => s.NextCheckUtc);
        });

        modelBuilder.Entity<Article>(article =>
        {
            article.Property(a => a.ItemKey).HasMaxLength(64);
            article.Property(a => a.Url).HasMaxLength(2000);
            article.Property(a => a.Title).HasMaxLength(500);
            article.Property(a => a.Summary).HasMaxLength(4000);
            article.Property(a => a.ImageUrl).HasMaxLength(2000);
            article.HasIndex(a => new { a.SourceId, a.ItemKey }).IsUnique();
            article.HasIndex(a => a.PublishedUtc);
            article.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ArticleTag>(tag =>
        {
            tag.HasKey(t => new { t.ArticleId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(64);
            tag.HasIndex(t => t.Tag);
        });

        modelBuilder.Entity<Subscriber>(subscriber =>
        {
            subscriber.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
            subscriber.Property(s => s.ChatId).HasMaxLength(64);
            subscriber.Property(s => s.Language).HasMaxLength(8);
            subscriber.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            subscriber.Property(s => s.StateReason).HasMaxLength(500);
            subscriber.Property(s => s.TimeZone).HasMaxLength(8);
            subscriber.HasIndex(s => new { s.Channel, s.ChatId }).IsUnique();
            // Matching adds the few all-topics subscribers to every article.
            subscriber.HasIndex(s => s.AllTopics);
            subscriber.HasMany(s => s.Tags).WithOne().HasForeignKey(t => t.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SubscriberTag>(tag =>
        {
            tag.HasKey(t => new { t.SubscriberId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(64);
            // Matching looks subscribers up by tag.
            tag.HasIndex(t => new { t.Tag, t.SubscriberId });
        });

        modelBuilder.Entity<Delivery>(delivery =>
        {
            delivery.Property(d => d.LastError).HasMaxLength(1000);
            delivery.HasIndex(d => new { d.ArticleId, d.SubscriberId }).IsUnique();
            // The digest job's query: held rows by status and time.
            delivery.HasIndex(d => new { d.Status, d.DueUtc });
            // The dispatcher's claim query walks this index in claim order (most urgent, then oldest) and stops after a batch.
            delivery.HasIndex(d => new { d.Status, d.Priority, d.DueUtc }, "IX_Deliveries_Claim").IsDescending(false, true, false);
            delivery.Property(d => d.ExternalMessageId).HasMaxLength(128);
            delivery.Property(d => d.ExternalStatus).HasMaxLength(16);
            // Status webhooks find their row by the platform's message id.
            delivery.HasIndex(d => d.ExternalMessageId);
            // The digest job finds a subscriber's held rows; a digest finds the rows it carries.
            delivery.HasIndex(d => new { d.SubscriberId, d.Status });
            delivery.HasIndex(d => d.DigestId);
            delivery.HasOne(d => d.Article).WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasOne(d => d.Subscriber).WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PageAttempt>(attempt =>
        {
            attempt.Property(p => p.ItemKey).HasMaxLength(64);
            attempt.Property(p => p.Url).HasMaxLength(2000);
            attempt.Property(p => p.LastError).HasMaxLength(1000);
            // One row per link of a source, found by the same key the article gets.
            attempt.HasIndex(p => new { p.SourceId, p.ItemKey }).IsUnique();
            attempt.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<WhatsAppInbound>(inbound =>
        {
            inbound.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            inbound.Property(i => i.ExternalId).HasMaxLength(200);
            inbound.Property(i => i.LastError).HasMaxLength(1000);
            // Meta redelivers a webhook it thinks we missed: the same item is stored once.
            inbound.HasIndex(i => new { i.Kind, i.ExternalId }).IsUnique();
            inbound.HasIndex(i => new { i.ProcessedUtc, i.DueUtc });
        });

        modelBuilder.Entity<TelegramInbound>(inbound =>
        {
            inbound.Property(i => i.LastError).HasMaxLength(1000);
            // Telegram posts an update again when it missed our answer, and in parallel when busy: stored once.
            inbound.HasIndex(i => i.UpdateId).IsUnique();
            // The workers' claim query: unprocessed updates that are due; retention finds processed ones by the same index.
            inbound.HasIndex(i => new { i.ProcessedUtc, i.DueUtc });
        });

        AdminModel.Configure(modelBuilder);
        modelBuilder.Entity<Broadcast>(broadcast =>
        {
            broadcast.Property(b => b.Channel).HasConversion<string>().HasMaxLength(20);
            broadcast.Property(b => b.AdminChatId).HasMaxLength(64);
            broadcast.Property(b => b.AdminSenderId).HasMaxLength(64);
            broadcast.Property(b => b.Language).HasMaxLength(8);
            broadcast.Property(b => b.Text).HasMaxLength(4000);
            broadcast.Property(b => b.Tag).HasMaxLength(64);
            broadcast.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
            // The progress reporter looks for confirmed broadcasts that are not finished yet.
            broadcast.HasIndex(b => new { b.State, b.FinishedUtc });
            broadcast.HasOne<Article>().WithMany().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
