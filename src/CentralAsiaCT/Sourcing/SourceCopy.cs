namespace CentralAsiaCT.Sourcing;

/// <summary>What kind of copy of its publisher's text a source was read on (see <see cref="Source.Copy"/>).</summary>
public enum SourceCopy
{
    /// <summary>A web archive's copy of the publisher's page: it counts as the publisher's own.</summary>
    Archive = 1,

    /// <summary>A third party's reproduction of the text: a legal database, a transcription, a document-sharing site.</summary>
    Reproduction = 2,

    /// <summary>A copy of the page on a site unrelated to its publisher.</summary>
    Mirror = 3,
}
