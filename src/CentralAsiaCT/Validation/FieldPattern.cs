using System;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CentralAsiaCT.Validation;

/// <summary>
/// A field's pattern from a descriptor, which may come from anyone: compiled by a linear-time engine where .NET has one
/// (<c>net10.0</c>: <see cref="RegexOptions"/>.NonBacktracking), and matched within one budget of time for the whole
/// package, so that neither a catastrophic pattern nor many rows make validation slow.
/// </summary>
internal sealed class FieldPattern
{
    /// <summary>The longest pattern read; Table Schema patterns are short.</summary>
    public const int MaxLength = 1000;

    /// <summary>The time all the patterns of one package may take together.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    // A single match is cut at this, so that the budget is overrun by at most this much.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex _regex;

    private FieldPattern(Regex regex) => _regex = regex;

    /// <summary>Whether the linear-time engine runs the patterns of this build.</summary>
    public static bool Linear =>
#if NET7_0_OR_GREATER
        true;
#else
        false;
#endif

    /// <summary>The compiled pattern, anchored at both ends as Table Schema says, or why it cannot be.</summary>
    public static FieldPattern? Compile(string pattern, out string? refusal)
    {
        refusal = null;
        if (pattern.Length > MaxLength)
        {
            refusal = $"is {pattern.Length} characters long; at most {MaxLength} are read";
            return null;
        }

        var options = RegexOptions.CultureInvariant;
#if NET7_0_OR_GREATER
        options |= RegexOptions.NonBacktracking;
#endif
        try
        {
            return new FieldPattern(new Regex("^(?:" + pattern + ")$", options, MatchTimeout));
        }
        catch (NotSupportedException)
        {
            refusal = "uses a construct that a regular expression of Table Schema does not have (a backreference, a lookaround, an atomic or conditional group)";
        }
        catch (ArgumentException)
        {
            refusal = "is not a regular expression";
        }

        return null;
    }

    /// <summary>Whether <paramref name="value"/> matches; <see langword="null"/> when the budget is spent.</summary>
    public bool? Matches(string value, Stopwatch spent)
    {
        var left = Budget - spent.Elapsed;
        if (left <= TimeSpan.Zero)
        {
            return null;
        }

        spent.Start();
        try
        {
            return _regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        finally
        {
            spent.Stop();
        }
    }
}
