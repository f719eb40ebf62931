using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// The newsroom's own Telegram channels (Telegram:NewsroomChannels), which receive every article whatever its topics.
/// Chat ids as Telegram gives them, e.g. -1001234567890; the bot must be an administrator of the channel to post.
/// </summary>
public sealed class NewsroomChannelOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    public List<string> NewsroomChannels { get; set; } = [];

    /// <summary>A @name is what people know a channel by, but the Bot API needs the numeric id to post to it.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        NewsroomChannels
            .Select((id, index) => (id, index))
            .Where(c => !long.TryParse(c.id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .Select(c => new ValidationResult("must be a numeric chat id such as -1001234567890, not the channel's @name.",
                [$"{nameof(NewsroomChannels)}:{c.index}"]));
}
