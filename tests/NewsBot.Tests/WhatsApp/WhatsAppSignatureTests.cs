using System.Text;
using NewsBot.Chat.WhatsApp;

namespace NewsBot.Tests.WhatsApp;

public sealed class WhatsAppSignatureTests
{
    // Computed independently with Python's hmac module.
    private const string Known = "sha256=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"a\":1}");

    [Fact]
    public void The_HMAC_of_the_raw_body_with_the_app_secret_is_accepted() =>
        Assert.True(WhatsAppSignature.IsValid(Body, Known, "secret"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494")]
    [InlineData("sha256=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8495")]
    [InlineData("sha1=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494")]
    [InlineData("sha256=")]
    public void A_missing_or_wrong_signature_is_refused(string? header) =>
        Assert.False(WhatsAppSignature.IsValid(Body, header, "secret"));

    [Fact]
    public void The_same_signature_over_a_re_serialised_body_is_refused() =>
        Assert.False(WhatsAppSignature.IsValid(Encoding.UTF8.GetBytes("{ \"a\": 1 }"), Known, "secret"));

    [Fact]
    public void Another_secret_is_refused() => Assert.False(WhatsAppSignature.IsValid(Body, Known, "the-access-token"));
}
