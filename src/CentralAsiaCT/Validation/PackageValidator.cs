using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Validation;

/// <summary>
/// Checks the tables of a data package against their Table Schema and against the rules of the domain, reporting every
/// problem with its rule, file, row and column. Every rule group runs on every row whose cells it can read, whatever
/// else is broken: a user fixing a package sees everything at once.
/// </summary>
internal static class PackageValidator
{
    public static void Validate(TableSet tables, PackageDescriptor descriptor, ProblemList problems, EntityKinds kinds) =>
        Validate(tables, descriptor, problems, new BrokenCells(), kinds);

    public static void Validate(TableSet tables, PackageDescriptor descriptor, ProblemList problems, BrokenCells broken, EntityKinds kinds)
    {
        var check = new PackageCheck(tables, descriptor, problems, broken, kinds);
        SchemaRules.Check(check);
        RetiredWordRules.Check(check);
        SourceRules.Check(check);
        EntityRules.Check(check);
        NameRules.Check(check);
        DateRules.Check(check);
        DeclaredColumnRules.Check(check);
        RoleRules.Check(check);
        OrganisationRules.Check(check);
        PlanRules.Check(check);
        DocumentRules.Check(check);
        InitiativeRules.Check(check);
        ReviewRules.Check(check);
        CitationRules.Check(check);
        IsoRules.Check(check);
        ErratumRules.Check(check);
    }
}
