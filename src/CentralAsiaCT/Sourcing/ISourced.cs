namespace CentralAsiaCT.Sourcing;

/// <summary>A fact of the data set: it always says which sources state it.</summary>
public interface ISourced
{
    /// <summary>The sources of this fact and its grade.</summary>
    Provenance Provenance { get; }
}
