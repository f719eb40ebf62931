using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// Splits a webhook body into the items worth keeping: each inbound message and each status, with the key that makes a
/// redelivered webhook a no-op. Other fields (template updates, account events) are not NewsBot's business.
/// </summary>
public static class WhatsAppWebhookItems
{
    /// <summary>The items, or null when the body is not a WhatsApp webhook at all.</summary>
    public static IReadOnlyList<(WhatsAppInboundKind Kind, string ExternalId, string Payload)>? Read(ReadOnlySpan<byte> body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root?["entry"] is not JsonArray entries) return null;
        var items = new List<(WhatsAppInboundKind, string, string)>();
        foreach (var change in entries.OfType<JsonObject>().SelectMany(e => e["changes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (change["value"] is not JsonObject value) continue;
            foreach (var message in (value["messages"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (Text(message, "id") is { } id) items.Add((WhatsAppInboundKind.Message, id, message.ToJsonString()));
            }

            foreach (var preference in (value["user_preferences"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (Text(preference, "wa_id") is { } waId && Text(preference, "value") is { } choice)
                {
                    var at = preference["timestamp"]?.ToJsonString() ?? "";
                    items.Add((WhatsAppInboundKind.Preference, $"{waId}:{choice}:{at}", preference.ToJsonString()));
                }
            }

            foreach (var status in (value["statuses"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (Text(status, "id") is { } id && Text(status, "status") is { } state)
                {
                    items.Add((WhatsAppInboundKind.Status, id + ":" + state, status.ToJsonString()));
                }
            }
        }

        return items;
    }

    public static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
