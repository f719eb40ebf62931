using System.Globalization;
using System.Text;

namespace NewsBot.Eval.Sources;

/// <summary>Splits feedparser's Python <c>Expect:</c> expressions into tokens: names, numbers, strings, operators.</summary>
internal static class PyLexer
{
    public static List<PyToken> Tokenize(string text)
    {
        var tokens = new List<PyToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsStringStart(text, i, out var prefixLength))
            {
                tokens.Add(new PyToken(PyTokenKind.String, ReadString(text, ref i, prefixLength)));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new PyToken(PyTokenKind.Name, text[start..i]));
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or 'e' or 'E' or 'L')) i++;
                tokens.Add(new PyToken(PyTokenKind.Number, text[start..i].TrimEnd('L')));
                continue;
            }

            var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two is "==" or "!=" or "<=" or ">=") { tokens.Add(new PyToken(PyTokenKind.Op, two)); i += 2; continue; }
            if ("()[]{},:.+-<>".Contains(c, StringComparison.Ordinal)) { tokens.Add(new PyToken(PyTokenKind.Op, c.ToString())); i++; continue; }
            throw new UntranslatableException($"unexpected character '{c}'");
        }

        tokens.Add(new PyToken(PyTokenKind.End, ""));
        return tokens;
    }

    private static bool IsStringStart(string text, int i, out int prefixLength)
    {
        prefixLength = 0;
        while (i + prefixLength < text.Length && "uUbBrR".Contains(text[i + prefixLength], StringComparison.Ordinal) && prefixLength < 2) prefixLength++;
        return i + prefixLength < text.Length && text[i + prefixLength] is '\'' or '"';
    }

    private static string ReadString(string text, ref int i, int prefixLength)
    {
        var raw = text.Substring(i, prefixLength).Contains('r', StringComparison.OrdinalIgnoreCase);
        i += prefixLength;
        var quote = text[i];
        var triple = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote;
        i += triple ? 3 : 1;
        var result = new StringBuilder();
        while (true)
        {
            if (i >= text.Length) throw new UntranslatableException("unterminated string");
            if (triple ? text.AsSpan(i).StartsWith(new string(quote, 3)) : text[i] == quote)
            {
                i += triple ? 3 : 1;
                return result.ToString();
            }

            if (text[i] == '\\' && !raw && i + 1 < text.Length) result.Append(Escape(text, ref i));
            else result.Append(text[i++]);
        }
    }

    private static string Escape(string text, ref int i)
    {
        var e = text[i + 1];
        i += 2;
        switch (e)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case '0' when i >= text.Length || !char.IsDigit(text[i]): return "\0";
            case 'x': return Hex(text, ref i, 2);
            case 'u': return Hex(text, ref i, 4);
            case 'U': return Hex(text, ref i, 8);
            case '\n': return "";
            default:
                if (char.IsDigit(e))
                {
                    var start = i - 1;
                    while (i < text.Length && i - start < 3 && char.IsDigit(text[i])) i++;
                    return ((char)Convert.ToInt32(text[start..i], 8)).ToString();
                }

                return e is '\\' or '\'' or '"' ? e.ToString() : "\\" + e;
        }
    }

    private static string Hex(string text, ref int i, int length)
    {
        var value = int.Parse(text.AsSpan(i, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        i += length;
        return char.ConvertFromUtf32(value);
    }
}
