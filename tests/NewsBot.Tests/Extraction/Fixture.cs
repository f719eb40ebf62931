namespace NewsBot.Tests.Extraction;

internal static class Fixture
{
    public static byte[] Feed(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));
}
