using AngleSharp.Dom;

namespace NewsBot.Extraction;

/// <summary>
/// Removes what news sites put inside the article's own container but is not the article: lists of links to other
/// articles ("Jangan lewatkan", "Berita terkait", a run of headlines between two paragraphs) and the dateline above
/// the body. Runs on the chosen main content only, where every block is a candidate for being article text, so the
/// rules look at the block's shape (links, dates, no sentences) rather than at names.
/// </summary>
internal static class BodyFurniture
{
    /// <summary>Half of a block's text in links: a list of headlines, not a paragraph that links a name or two.</summary>
    private const double LinkListShare = 0.5;

    /// <summary>Fewer links than this are a paragraph's references, not a list of other articles.</summary>
    private const int MinListedLinks = 3;

    /// <summary>Longer than "Jangan lewatkan!", "Berita terkait", "Baca juga"; shorter than a sentence.</summary>
    private const int MaxListHeadingChars = 60;

    /// <summary>Longer than "Pewarta: Ani | Selasa, 23 Februari 2016 15:06 WIB | 998 kali dibaca".</summary>
    private const int MaxDatelineChars = 120;

    public static void Remove(IElement main, TimeSpan assumedOffset)
    {
        RemoveLinkLists(main, new ProseMap(main));
        RemoveLinkRuns(main);
        RemoveDatelines(main, assumedOffset);
    }

    /// <summary>
    /// Lists and boxes that are mostly links to other pages, and the short heading that announces them. A block that
    /// holds half of the body's prose is the article itself (a layout table with the menu in one cell and the story in
    /// another), whatever share of it is links.
    /// </summary>
    private static void RemoveLinkLists(IElement main, ProseMap prose)
    {
        var bodyProse = prose.Prose(main);
        foreach (var block in main.QuerySelectorAll("ul, ol, div, section, table, dl").ToList())
        {
            if (block.Parent is null || !IsLinkList(block) || (bodyProse > 0 && prose.Prose(block) * 2 >= bodyProse)) continue;
            RemoveHeadingBefore(block);
            block.Remove();
        }
    }

    private static bool IsLinkList(IElement block)
    {
        if (LinkShare(block, out var links) < LinkListShare || links < MinListedLinks) return false;
        // A section of an encyclopedia-like article links half its words and is still prose: its paragraphs say so.
        return !block.QuerySelectorAll("p").Any(p => LinkShare(p, out _) < LinkListShare && Length(p.TextContent) >= MinParagraphChars);
    }

    /// <summary>Shorter than any sentence worth keeping; a "p" holding only a date or a credit does not make a block prose.</summary>
    private const int MinParagraphChars = 80;

    private static double LinkShare(IElement block, out int links)
    {
        var linked = block.QuerySelectorAll("a[href]").Where(a => a.TextContent.Trim().Length > 0).ToList();
        links = linked.Count;
        var text = Length(block.TextContent);
        return text == 0 ? 0 : (double)linked.Sum(a => Length(a.TextContent)) / text;
    }

    /// <summary>
    /// Headlines written straight into the article between its paragraphs, one per line: three or more links with
    /// nothing but line breaks between them.
    /// </summary>
    private static void RemoveLinkRuns(IElement main)
    {
        foreach (var parent in main.QuerySelectorAll("*").Prepend(main).ToList())
        {
            if (parent.Parent is null && parent != main) continue;
            var run = new List<INode>();
            foreach (var node in parent.ChildNodes.ToList())
            {
                if (IsRunPart(node))
                {
                    run.Add(node);
                    continue;
                }

                RemoveRun(run);
                run.Clear();
            }

            RemoveRun(run);
        }
    }

    private static bool IsRunPart(INode node) => node switch
    {
        IText text => text.Data.Trim().Length == 0,
        IElement { LocalName: "br" } => true,
        IElement { LocalName: "a" } link => link.HasAttribute("href"),
        _ => false,
    };

    private static void RemoveRun(List<INode> run)
    {
        if (run.Count(n => n is IElement { LocalName: "a" }) < MinListedLinks || !OneLinkPerLine(run)) return;
        if (run.First(n => n is IElement) is IElement first) RemoveHeadingBefore(first);
        foreach (var node in run) node.Parent?.RemoveChild(node);
    }

    /// <summary>
    /// Headlines stand on lines of their own; links that follow each other on one line are words of a sentence that
    /// link one source each ("<a>In</a> <a>fact</a>, <a>his</a> <a>views</a>").
    /// </summary>
    private static bool OneLinkPerLine(List<INode> run)
    {
        var linksOnLine = 0;
        foreach (var node in run)
        {
            if (node is IElement { LocalName: "br" }) linksOnLine = 0;
            else if (node is IElement { LocalName: "a" } && ++linksOnLine > 1) return false;
        }

        return true;
    }

    /// <summary>The list's title ("JANGAN LEWATKAN!!!", "Berita Terkait") belongs to the list.</summary>
    private static void RemoveHeadingBefore(IElement element)
    {
        if (element.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" or "strong" or "b" } heading
            && Length(heading.TextContent) <= MaxListHeadingChars
            && OnlyWhitespaceBetween(heading, element))
            heading.Remove();
    }

    private static bool OnlyWhitespaceBetween(INode before, INode after)
    {
        for (var node = before.NextSibling; node is not null && node != after; node = node.NextSibling)
            if (node is not IText text || text.Data.Trim().Length > 0) return false;
        return true;
    }

    /// <summary>
    /// The publication line ("Selasa, 23/02/2016 15:32 WIB", "Ani | Jum'at, 17 Februari 2017 - 13:30 wib"): short, holds
    /// a date, and is no sentence. The date itself was read before this runs.
    /// </summary>
    private static void RemoveDatelines(IElement main, TimeSpan assumedOffset)
    {
        // Blocks only: a dateline inside the lead paragraph ("<b>Demak, 5/11</b> - Pemerintah ...") is part of its sentence.
        foreach (var block in main.QuerySelectorAll("p, div").ToList())
        {
            if (block.Parent is null) continue;
            var text = block.TextContent.Trim();
            if (text.Length == 0 || text.Length > MaxDatelineChars || LowerCaseWords(text) >= 3) continue;
            if (FeedDate.Find(text, assumedOffset) is not null) block.Remove();
        }
    }

    private static int LowerCaseWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Count(w => w.Length > 3 && char.IsLower(w[0]));

    private static int Length(string text) => text.Trim().Length;
}
