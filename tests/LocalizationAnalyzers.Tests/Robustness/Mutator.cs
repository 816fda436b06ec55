using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Token-level mutations of a C# source: what an editor holds while someone types, pastes or undoes.
/// Every mutation is a pure function of the source and a seeded <see cref="Random"/>, so a failing
/// mutant is reproduced from its description.
/// </summary>
internal sealed class Mutator
{
    private readonly string _source;
    private readonly TextSpan[] _tokens;

    public Mutator(string source)
    {
        _source = source;
        _tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
            .Where(t => t.Span.Length > 0)
            .Select(t => t.Span)
            .ToArray();
    }

    public int TokenCount => _tokens.Length;

    /// <summary>The source cut right after token <paramref name="index"/> (what a file looks like half typed).</summary>
    public string TruncateAfter(int index) => _source.Substring(0, _tokens[index].End);

    /// <summary>One to three random mutations applied in turn; <paramref name="description"/> names them.</summary>
    public string Mutate(Random random, out string description)
    {
        var text = _source;
        var mutator = this;
        var steps = new List<string>();
        var count = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        for (var step = 0; step < count && mutator.TokenCount > 0; step++)
        {
            text = mutator.MutateOnce(random, out var what);
            steps.Add(what);
            mutator = new Mutator(text);
        }

        description = string.Join(" then ", steps);
        return text;
    }

    private string MutateOnce(Random random, out string description)
    {
        var i = random.Next(_tokens.Length);
        var token = _tokens[i];
        var tokenText = _source.Substring(token.Start, token.Length);
        switch (random.Next(6))
        {
            case 0:
                description = $"delete token {i} '{tokenText}'";
                return _source.Remove(token.Start, token.Length);

            case 1:
                description = $"duplicate token {i} '{tokenText}'";
                return _source.Insert(token.End, " " + tokenText);

            case 2:
                description = $"glue a copy of token {i} '{tokenText}'";
                return _source.Insert(token.End, tokenText);

            case 3 when _tokens.Length > 1:
            {
                var j = i == _tokens.Length - 1 ? i - 1 : i + 1;
                description = $"swap adjacent tokens {Math.Min(i, j)} and {Math.Max(i, j)}";
                return Swap(Math.Min(i, j), Math.Max(i, j));
            }

            case 4 when _tokens.Length > 1:
            {
                var j = random.Next(_tokens.Length);
                description = $"swap tokens {Math.Min(i, j)} and {Math.Max(i, j)}";
                return i == j ? _source : Swap(Math.Min(i, j), Math.Max(i, j));
            }

            default:
            {
                // Delete a run of tokens (a selection cut out mid-edit).
                var end = Math.Min(_tokens.Length - 1, i + random.Next(1, 12));
                description = $"delete tokens {i}..{end}";
                return _source.Remove(token.Start, _tokens[end].End - token.Start);
            }
        }
    }

    private string Swap(int first, int second)
    {
        var a = _tokens[first];
        var b = _tokens[second];
        var text = new StringBuilder(_source.Length);
        text.Append(_source, 0, a.Start);
        text.Append(_source, b.Start, b.Length);
        text.Append(_source, a.End, b.Start - a.End);
        text.Append(_source, a.Start, a.Length);
        text.Append(_source, b.End, _source.Length - b.End);
        return text.ToString();
    }
}
