using System.Collections.Immutable;
using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>
/// A declaration of a meeting of the project: the Final Declaration of 2011, which expressed support for the Joint Plan
/// of Action, the Ashgabat Declaration of 2017 or the Tashkent Declaration of 2022. Its supporters are the
/// <see cref="Participation"/>s with <see cref="Role.DeclarationSupporter"/>.
/// </summary>
public sealed class Declaration : Document
{
    internal Declaration(string id, EntityFacts facts, Deferred<Initiative>? initiative, Deferred<Event> adoptedAt, int? participantCount, DocumentAdoptionDate adoptionDate)
        : base(id, facts, initiative, adoptedAt, participantCount, adoptionDate)
    {
    }

    /// <summary>The states and organisations that supported or adopted the declaration, in the order of the data package.</summary>
    public ImmutableArray<Entity> Supporters => RolesIn.ParticipantsWith(Role.DeclarationSupporter);
}
