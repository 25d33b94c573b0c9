namespace CentralAsiaCT.Editions;

/// <summary>How a fact differs between an older and a newer edition.</summary>
public enum ChangeKind
{
    /// <summary>The newer edition has the fact (a row) and the older has not.</summary>
    Added = 1,

    /// <summary>The older edition has the fact and the newer has not.</summary>
    Removed = 2,

    /// <summary>Both have the fact, and one of its fields holds another value (its sources and grade included).</summary>
    Changed = 3,
}
