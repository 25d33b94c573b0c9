namespace CentralAsiaCT;

/// <summary>An organisation that supported, funded, coordinated or took part in the work.</summary>
public sealed class Organisation : Entity
{
    internal Organisation(string id, EntityFacts facts, OrganisationKind kind, Organisation? parent, Place? seat)
        : base(id, facts)
    {
        Kind = kind;
        Parent = parent;
        Seat = seat;
    }

    /// <summary>What kind of body it is.</summary>
    public OrganisationKind Kind { get; }

    /// <summary>The body it is part of, when the data holds it.</summary>
    public Organisation? Parent { get; }

    /// <summary>Its seat, when the data holds it.</summary>
    public Place? Seat { get; }
}
