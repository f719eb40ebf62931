namespace NewsBot.Eval.Sources;

/// <summary>
/// One page of a dev-corpus set: its bytes as the set has them and what the set's annotations say the article is
/// (the expected body, segments that must and must not come out); see bench/corpus/README.md for each set.
/// </summary>
internal sealed record DevCorpusPage(string Name, byte[] Html, Uri? Url, string? Text, IReadOnlyList<string> Must, IReadOnlyList<string> MustNot);
