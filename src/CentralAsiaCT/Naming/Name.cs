using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT.Naming;

/// <summary>One name of an entity in one language, with the period in which it was in force, if known.</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Language">The BCP 47 language tag (<c>en</c>, <c>fr</c>, <c>ru</c>).</param>
/// <param name="Kind">What kind of name it is.</param>
/// <param name="ValidFrom">The first day it was in force, when a source gives it.</param>
/// <param name="ValidTo">The last day it was in force, when a source gives it.</param>
/// <param name="Provenance">The sources of the name.</param>
public sealed record Name(string Text, string Language, NameKind Kind, LocalDate? ValidFrom, LocalDate? ValidTo, Provenance Provenance)
    : ISourced
{
    /// <summary>Whether the name was in force on <paramref name="date"/>, as far as its validity period is known.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> unless the day lies outside a known validity period.</returns>
    public bool IsInForceOn(LocalDate date) =>
        (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);

    /// <inheritdoc />
    public override string ToString() => $"{Text} ({Language}, {Kind})";
}
