using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The admins' brake on delivery (/jeda, /lanjut): a flag in the database, so a pause holds across a restart and for
/// every instance. While paused nothing is claimed from the outbox, urgent notices included: an admin who pauses
/// delivery means "nothing leaves", and the urgent-notice command warns that delivery is paused instead.
/// </summary>
public static class DeliveryPause
{
    public const string SettingKey = "delivery.paused";

    public static Task<bool> IsPausedAsync(NewsBotDbContext db, CancellationToken cancellationToken) =>
        db.BotSettings.AsNoTracking().AnyAsync(s => s.Key == SettingKey && s.Value == "true", cancellationToken);

    /// <summary>The setting row (who paused and since when), or null when delivery was never paused.</summary>
    public static Task<BotSetting?> FindAsync(NewsBotDbContext db, CancellationToken cancellationToken) =>
        db.BotSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);

    public static async Task SetAsync(NewsBotDbContext db, bool paused, string changedBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var setting = await db.BotSettings.SingleOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
        if (setting is null)
        {
            setting = new BotSetting { Key = SettingKey };
            db.BotSettings.Add(setting);
        }

        setting.Value = paused ? "true" : "false";
        setting.UpdatedUtc = nowUtc;
        setting.UpdatedBy = changedBy;
        await db.SaveChangesAsync(cancellationToken);
    }
}
