using System.Text;

namespace NewsBot.Extraction;

/// <summary>
/// Accumulates text with collapsed whitespace: breaks and spaces are only remembered, and written once real text
/// follows, so the result never starts or ends with blank lines and never holds runs of spaces.
/// </summary>
internal sealed class PlainTextBuilder
{
    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private bool _pendingSpace;

    public void Break(int count) => _pendingBreaks = Math.Max(_pendingBreaks, count);

    /// <summary>A &lt;br&gt;: two in a row are how many CMSes separate paragraphs, so they add up to one blank line.</summary>
    public void LineBreak() => _pendingBreaks = Math.Min(2, _pendingBreaks + 1);

    public void Space() => _pendingSpace = true;

    public void Text(string value)
    {
        foreach (var ch in value)
        {
            // Zero-width spaces and soft hyphens are invisible layout hints some CMSes sprinkle through text.
            if (ch is '\u200B' or '\u00AD' or '\uFEFF') continue;
            if (char.IsWhiteSpace(ch))
            {
                _pendingSpace = true;
                continue;
            }

            if (_text.Length > 0)
            {
                if (_pendingBreaks > 0) _text.Append('\n', _pendingBreaks);
                else if (_pendingSpace) _text.Append(' ');
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
            _text.Append(ch);
        }
    }

    public override string ToString() => _text.ToString();
}
