using QRCoder;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>A QR code of a link as a PNG, for posters: drawn by QRCoder's own PNG writer, with no System.Drawing.</summary>
public static class LinkQrCode
{
    /// <summary>Ten pixels a module: a t.me link makes an image of about 300 × 300, sharp enough for print.</summary>
    private const int PixelsPerModule = 10;

    public static byte[] Png(string link)
    {
        using var generator = new QRCodeGenerator();
        // Level M survives a crease or a smudge on a printed poster without making the code much denser.
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(PixelsPerModule);
    }
}
