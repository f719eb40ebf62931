using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Eval.Summaries;

/// <summary>One IndoSum article as the release ships it: token lists per sentence per paragraph, an abstractive summary.</summary>
public sealed record IndoSumArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Paragraphs,
    [property: JsonPropertyName("summary")] IReadOnlyList<IReadOnlyList<string>> Summary,
    [property: JsonPropertyName("gold_labels")] IReadOnlyList<IReadOnlyList<bool>> GoldLabels)
{
    /// <summary>The sentences in reading order, as token lists.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Sentences => Paragraphs.SelectMany(p => p).ToList();

    /// <summary>Paragraph number of each sentence, in the order of <see cref="Sentences"/>.</summary>
    public IReadOnlyList<int> ParagraphOf => Paragraphs.SelectMany((p, i) => p.Select(_ => i)).ToList();

    /// <summary>
    /// IndoSum has no title field, but the id ends with the headline's first words as a URL slug
    /// ("1490674536-mustahil-transportasi-tradisional-dan-online-bersa"): the nearest thing to the title the bot has.
    /// </summary>
    public string TitleFromId()
    {
        var dash = Id.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? "" : Id[(dash + 1)..].Replace('-', ' ');
    }

    public static IReadOnlyList<IndoSumArticle> ReadFold(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<IndoSumArticle>(line)
                ?? throw new InvalidDataException($"{path}: a line is not an article"))
            .ToList();
}
