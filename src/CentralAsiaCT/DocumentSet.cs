using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>Every document adopted in the process (plans and declarations), in the order of the data package, found
/// by name or acronym in any language ("JPoA", "Tashkent Declaration", "Plan d'action commun en Asie centrale") or
/// ID; the plans are also <see cref="CentralAsiaData.Plans"/>, with the questions of time.</summary>
public sealed class DocumentSet : EntitySet<Document>
{
    internal DocumentSet(DataSetReader reader)
        : base("document", reader, static r => r.Documents)
    {
        Declarations = new EntitySet<Declaration>("declaration", reader, static r => r.Declarations);
    }

    /// <summary>Every declaration, in the order of the data package.</summary>
    public EntitySet<Declaration> Declarations { get; }
}
