namespace NewsBot.Eval.Sources;

internal enum PyTokenKind { Name, Number, String, Op, End }

internal sealed record PyToken(PyTokenKind Kind, string Text);
