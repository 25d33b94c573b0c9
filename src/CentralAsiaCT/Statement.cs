using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>
/// A short statement about an entity in the language of its source, a few words quoted or closely summarised. No
/// statement is translated: one that a source gives only in French has no English text.
/// </summary>
/// <param name="EntityId">The ID of the entity.</param>
/// <param name="Topic">What the statement is about.</param>
/// <param name="Language">The BCP 47 language tag of <paramref name="Text"/>.</param>
/// <param name="Text">The statement.</param>
/// <param name="Provenance">The sources of the statement.</param>
public sealed record Statement(string EntityId, StatementTopic Topic, string Language, string Text, Provenance Provenance) : ISourced
{
    /// <inheritdoc />
    public override string ToString() => $"{EntityId} {Topic} ({Language}): {Text} {Provenance}";
}
