using NewsBot.Storage.Search;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Keeps the search index close to the articles, so a search rarely has to index before it answers.</summary>
[DisallowConcurrentExecution]
public sealed class SearchIndexJob(ArticleSearchIndex index) : IJob
{
    public static readonly JobKey Key = new("index-articles-for-search");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await index.IndexNewAsync(cancellationToken);
}
