using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The parameters of one Bot API call. Telegram accepts them as query string, form or JSON body, and so does the
/// fake; later sources win, as the JSON body is what Telegram.Bot actually sends.
/// </summary>
internal sealed class TelegramArgs
{
    private readonly JsonObject _values;

    private TelegramArgs(JsonObject values) => _values = values;

    public static async Task<TelegramArgs?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            }
            catch (JsonException)
            {
                return null;
            }

            if (body is JsonObject json)
            {
                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    values[key] = value;
                }
            }
        }

        return new TelegramArgs(values);
    }

    public string? String(string name) => _values[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    public long? Long(string name) => _values[name] switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text)
            && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public bool Bool(string name) => _values[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text is "true" or "1" or "True",
        _ => false,
    };

    /// <summary>Structured parameters arrive as JSON objects in a JSON body, or as JSON text in a form.</summary>
    public JsonNode? Json(string name) => _values[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => TryParse(text),
        var other => other,
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
