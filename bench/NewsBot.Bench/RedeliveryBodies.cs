using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Bench;

/// <summary>
/// Webhook bodies in the Cloud API's envelope for the webhook benchmark. The redelivered one carries a command from each
/// of three users (each answered with one reply, so replies count how often a message was carried out) and two
/// statuses of unknown, old messages (which are dropped once looked at).
/// </summary>
public static class RedeliveryBodies
{
    public const string Prefix = "wamid.redelivered.";
    public const int Users = 3;
    private const int Statuses = 2;
    public const int ItemCount = Users + Statuses;

    public static string Warmup => Envelope(new JsonObject { ["statuses"] = new JsonArray(Status("wamid.warmup")) });

    public static string Items()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var messages = new JsonArray();
        for (var i = 1; i <= Users; i++)
        {
            messages.Add(new JsonObject
            {
                ["from"] = $"628130000000{i}",
                ["id"] = $"{Prefix}message{i}",
                ["timestamp"] = now,
                ["type"] = "text",
                ["text"] = new JsonObject { ["body"] = "LANGGANAN ekonomi" },
            });
        }

        var statuses = new JsonArray();
        for (var i = 1; i <= Statuses; i++) statuses.Add(Status($"{Prefix}status{i}"));
        return Envelope(new JsonObject { ["messages"] = messages, ["statuses"] = statuses });
    }

    private static JsonObject Status(string wamid) => new()
    {
        ["id"] = wamid, ["status"] = "delivered", ["timestamp"] = "1730689200", ["recipient_id"] = "6281300000009",
    };

    private static string Envelope(JsonObject value)
    {
        value["messaging_product"] = "whatsapp";
        value["metadata"] = new JsonObject { ["display_phone_number"] = "6285100000000", ["phone_number_id"] = "1065403522" };
        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "102290129340398",
                ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
            }),
        }.ToJsonString();
    }
}
