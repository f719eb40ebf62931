using NewsBot.Text;

namespace NewsBot.Tests.Summaries;

public sealed class MojibakeRepairTests
{
    [Theory]
    // IndoSum dev.01, an IFI Jakarta article whose quotes went through windows-1252.
    [InlineData("Kursus ini mengusung konsep â€œBelajar Bahasa Prancis Sambil Memasakâ€\u009d dengan pembimbing Chef Nabil Jaghdour.",
        "Kursus ini mengusung konsep “Belajar Bahasa Prancis Sambil Memasak” dengan pembimbing Chef Nabil Jaghdour.")]
    [InlineData("The Peopleâ€™s Republic", "The People’s Republic")]
    [InlineData("Café Ã©lite â€“ Â\u00A024 jam", "Café élite – \u00A024 jam")]
    [InlineData("Ã¢â‚¬Å“Twice readÃ¢â‚¬Â\u009d", "“Twice read”")]
    public void Repairs_utf8_read_as_windows_1252(string broken, string expected) =>
        Assert.Equal(expected, MojibakeRepair.Repair(broken));

    [Theory]
    [InlineData("Bupati menghadiri “Festival Kopi” – di Demak, café kecil ikut serta.")]
    [InlineData("Harga naik 5% à la carte, skor 3–0, “ujar” Ahmad.")]
    // A lone lead character without its continuation (the ” was lost upstream) is ambiguous, so it stays.
    [InlineData("IKM logam dengan PT Astra Honda Motor, â€ ujar Airlangga.")]
    public void Leaves_real_text_and_ambiguous_runs_alone(string text) => Assert.Same(text, MojibakeRepair.Repair(text));
}
