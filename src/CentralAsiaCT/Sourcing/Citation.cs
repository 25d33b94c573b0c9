namespace CentralAsiaCT.Sourcing;

/// <summary>A source of a fact and the words of it that the fact is cited for: a few words exactly as the source prints
/// them, in its language (for a code list, its line or cell).</summary>
/// <param name="Source">The source.</param>
/// <param name="Quote">The source's words.</param>
public sealed record Citation(Source Source, string Quote)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source.Id}: \"{Quote}\"";
}
