using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>Writes Bot API envelopes byte-for-byte in Telegram's shape: <c>{"ok":true,"result":...}</c> or the error form.</summary>
internal static class TelegramReply
{
    public static Task OkAsync(HttpContext context, JsonNode? result) =>
        WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["ok"] = true, ["result"] = result ?? true });

    public static Task ErrorAsync(HttpContext context, int errorCode, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return WriteAsync(context, errorCode, body);
    }

    public static Task BadRequestAsync(HttpContext context, string detail) =>
        ErrorAsync(context, StatusCodes.Status400BadRequest, "Bad Request: " + detail);

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
