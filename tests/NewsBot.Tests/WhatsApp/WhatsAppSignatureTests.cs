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
    [InlineData("sha256=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a849")]
    [InlineData("sha256=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494aa")]
    [InlineData("sha256=zz9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494")]
    public void A_missing_or_wrong_signature_is_refused(string? header) =>
        Assert.False(WhatsAppSignature.IsValid(Body, header, "secret"));

    [Fact]
    public void The_same_signature_over_a_re_serialised_body_is_refused() =>
        Assert.False(WhatsAppSignature.IsValid(Encoding.UTF8.GetBytes("{ \"a\": 1 }"), Known, "secret"));

    [Fact]
    public void The_body_fed_in_pieces_as_it_arrives_gives_the_same_answer()
    {
        using var hash = WhatsAppSignature.CreateHash("secret");
        hash.AppendData(Body.AsSpan(0, 3));
        hash.AppendData(Body.AsSpan(3));

        Assert.True(WhatsAppSignature.Matches(hash, WhatsAppSignature.Claimed(Known)!));
    }

    [Fact]
    public void Another_secret_is_refused() => Assert.False(WhatsAppSignature.IsValid(Body, Known, "the-access-token"));
}
