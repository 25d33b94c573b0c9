namespace CentralAsiaCT.Naming;

/// <summary>One candidate of a lookup: the entity, how the input matched it, and the name or code that matched.</summary>
/// <typeparam name="T">The kind of entity looked up.</typeparam>
/// <param name="Entity">The entity found.</param>
/// <param name="Kind">How the input matched it.</param>
/// <param name="MatchedText">The name or code the input matched (for an approximate match, the nearby name).</param>
/// <param name="Name">The name that matched, with its language, validity and sources; <see langword="null"/> for a code.</param>
public sealed record NameMatch<T>(T Entity, MatchKind Kind, string MatchedText, Name? Name)
    where T : Entity
{
    /// <summary>Whether the input is a form that a source wrote by mistake (see <see cref="Name"/>'s sources).</summary>
    public bool IsErrorOfSource => Kind == MatchKind.ErroneousForm;

    /// <summary>Whether the input names the entity as the data spells it (up to case, accents, punctuation and the
    /// published forms of <c>GetState</c>): every kind stronger than <see cref="MatchKind.Approximate"/>.</summary>
    public bool IsExact => Kind < MatchKind.Approximate;

    /// <inheritdoc />
    public override string ToString() => $"{Entity.Id} ({Kind}: {MatchedText})";
}
