using NewsBot.Eval;

// Evaluation tools: run NewsBot's real parsing, extraction and summarising code over the shared corpus and print scores.
// Usage: dotnet run -c Release --project bench/NewsBot.Eval -- <summaries|sources> <corpus folder>
//        dotnet run -c Release --project bench/NewsBot.Eval -- pages <folder of name.html + name.txt> [--verbose]
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: NewsBot.Eval <summaries|sources> <corpus folder, e.g. ../shared/corpus>");
    return 2;
}

return args[0] switch
{
    "summaries" => await SummariesEvaluation.RunAsync(args[1], args[2..]),
    "sources" => await SourcesEvaluation.RunAsync(args[1], args[2..]),
    "pages" => NewsBot.Eval.Sources.PageFolderEvaluation.Run(args[1], args[2..]),
    _ => Usage(args[0]),
};

static int Usage(string verb)
{
    Console.Error.WriteLine($"Unknown evaluation '{verb}'. Use 'summaries', 'sources' or 'pages'.");
    return 2;
}
