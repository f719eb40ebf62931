using System.Globalization;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Evaluates the small Python subset of feedparser's expectations. Both sides of and/or are always evaluated, so an
/// expectation that mentions anything untranslatable is reported as such even when its first half already fails.
/// </summary>
internal sealed class PyEvaluator(Func<string, object?> names)
{
    private static readonly object LenFunction = new();
    private List<PyToken> _tokens = [];
    private int _position;

    public bool Evaluate(string expression)
    {
        _tokens = PyLexer.Tokenize(expression);
        _position = 0;
        var value = Or();
        if (Peek.Kind != PyTokenKind.End) throw new UntranslatableException($"unexpected '{Peek.Text}'");
        return PyValues.Truthy(value);
    }

    private PyToken Peek => _tokens[_position];

    private bool Accept(string text)
    {
        if (Peek.Kind is PyTokenKind.Op or PyTokenKind.Name && Peek.Text == text) { _position++; return true; }
        return false;
    }

    private void Expect(string text)
    {
        if (!Accept(text)) throw new UntranslatableException($"expected '{text}' but found '{Peek.Text}'");
    }

    private object? Or()
    {
        var value = And();
        while (Accept("or")) { var right = And(); value = PyValues.Truthy(value) || PyValues.Truthy(right); }
        return value;
    }

    private object? And()
    {
        var value = Not();
        while (Accept("and")) { var right = Not(); value = PyValues.Truthy(value) && PyValues.Truthy(right); }
        return value;
    }

    private object? Not() => Accept("not") ? !PyValues.Truthy(Not()) : Comparison();

    private object? Comparison()
    {
        var left = Sum();
        object? result = null;
        while (true)
        {
            string op;
            if (Accept("==")) op = "==";
            else if (Accept("!=")) op = "!=";
            else if (Accept("in")) op = "in";
            else if (Peek.Text == "not" && _tokens[_position + 1].Text == "in") { _position += 2; op = "not in"; }
            else if (Accept("is")) op = Accept("not") ? "is not" : "is";
            else if (Peek.Text is "<" or ">" or "<=" or ">=") throw new UntranslatableException("ordering comparison");
            else return result ?? left;

            var right = Sum();
            var holds = op switch
            {
                "==" or "is" => PyValues.Equal(left, right),
                "!=" or "is not" => !PyValues.Equal(left, right),
                "in" => PyValues.Contains(right, left),
                _ => !PyValues.Contains(right, left),
            };
            // Python chains comparisons: a == b == c means a == b and b == c.
            result = (result is null || PyValues.Truthy(result)) && holds;
            left = right;
        }
    }

    private object? Sum()
    {
        var value = Unary();
        while (Accept("+"))
        {
            var right = Unary();
            value = value is string a && right is string b ? a + b : throw new UntranslatableException("'+' on non-strings");
        }

        return value;
    }

    private object? Unary() => Accept("-") ? Unary() switch
    {
        long l => -l,
        double d => -d,
        _ => throw new UntranslatableException("unary minus"),
    } : Postfix();

    private object? Postfix()
    {
        var value = Atom();
        while (true)
        {
            if (Accept("[")) { var key = Or(); Expect("]"); value = PyValues.Index(value, key); }
            else if (Accept(".")) { var name = Peek.Text; _position++; value = PyValues.Index(value, name); }
            else if (Accept("("))
            {
                if (!ReferenceEquals(value, LenFunction)) throw new UntranslatableException("function call");
                var argument = Or();
                Expect(")");
                value = PyValues.Length(argument);
            }
            else return value;
        }
    }

    private object? Atom()
    {
        var token = Peek;
        _position++;
        switch (token.Kind)
        {
            case PyTokenKind.Number:
                return token.Text.Contains('.', StringComparison.Ordinal) || token.Text.Contains('e', StringComparison.OrdinalIgnoreCase)
                    ? (object)double.Parse(token.Text, CultureInfo.InvariantCulture)
                    : long.Parse(token.Text, CultureInfo.InvariantCulture);
            case PyTokenKind.String:
                var text = token.Text;
                while (Peek.Kind == PyTokenKind.String) text += _tokens[_position++].Text;
                return text;
            case PyTokenKind.Name:
                return token.Text switch
                {
                    "None" => null,
                    "True" => true,
                    "False" => false,
                    "len" => LenFunction,
                    _ => names(token.Text),
                };
            case PyTokenKind.Op when token.Text is "(" or "[":
                var close = token.Text == "(" ? ")" : "]";
                var items = new List<object?>();
                var comma = false;
                while (!Accept(close)) { items.Add(Or()); if (!Accept(",")) { Expect(close); break; } comma = true; }
                return token.Text == "(" && items.Count == 1 && !comma ? items[0] : items;
            case PyTokenKind.Op when token.Text == "{":
                throw new UntranslatableException("dict literal");
            default:
                throw new UntranslatableException($"unexpected '{token.Text}'");
        }
    }
}
