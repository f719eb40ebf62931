using NewsBot.Eval;

// Evaluation tools: run NewsBot's real parsing, extraction and summarising code over the shared corpus and print scores.
// Usage: dotnet run -c Release --project bench/NewsBot.Eval -- <summaries|sources> <corpus folder>
//        dotnet run -c Release --project bench/NewsBot.Eval -- gofeed <gofeed's testdata folder> [--verbose]
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: NewsBot.Eval <summaries|sources> <corpus folder, e.g. ../shared/corpus>");
    return 2;
}

return args[0] switch
{
    "summaries" => await SummariesEvaluation.RunAsync(args[1], args[2..]),
    "sources" => await SourcesEvaluation.RunAsync(args[1], args[2..]),
    "gofeed" => GofeedFeeds(args[1], args[2..]),
    "pages" => NewsBot.Eval.Sources.PageFolderEvaluation.Run(args[1], args[2..]),
    _ => Usage(args[0]),
};

static int Usage(string verb)
{
    Console.Error.WriteLine($"Unknown evaluation '{verb}'. Use 'summaries', 'sources', 'gofeed' or 'pages'.");
    return 2;
}

static int GofeedFeeds(string folder, string[] options)
{
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"Folder {folder} not found; pass the testdata folder of a copy of github.com/mmcdole/gofeed.");
        return 2;
    }

    var tally = NewsBot.Eval.Sources.GofeedCorpus.Run(folder, options.Contains("--verbose"));
    tally.Print();
    return tally.Crashed + tally.Hung == 0 ? 0 : 1;
}
