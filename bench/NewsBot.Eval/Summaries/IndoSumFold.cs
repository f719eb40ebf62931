namespace NewsBot.Eval.Summaries;

/// <summary>One evaluated fold: the articles scored and the articles a model for this fold may be trained on.</summary>
public sealed record IndoSumFold(string Name, IReadOnlyList<IndoSumArticle> Scored, IReadOnlyList<IndoSumArticle> Learn);
