namespace CentralAsiaCT;

/// <summary>Whom an event was held for, where a source says (<see cref="Event.Scope"/>).</summary>
public enum EventScope
{
    /// <summary>A regional event: for the Central Asian states together.</summary>
    Regional = 1,

    /// <summary>A national event: for one state, held in it (a national consultation).</summary>
    National = 2,
}
