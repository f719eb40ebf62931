namespace NewsBot.Tests.Docs;

/// <summary>The checkout the tests run from: the documents are read there, not copied next to the test binary.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "NewsBot.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No NewsBot.sln above {AppContext.BaseDirectory}.");
    }
}
