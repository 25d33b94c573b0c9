namespace CentralAsiaCT;

/// <summary>What kind of body an <see cref="Organisation"/> is.</summary>
public enum OrganisationKind
{
    /// <summary>The United Nations itself.</summary>
    UnitedNations = 1,

    /// <summary>An office, centre or task force of the UN system.</summary>
    UnEntity = 2,

    /// <summary>A working group of another body.</summary>
    WorkingGroup = 3,

    /// <summary>A regional or sub-regional organisation (the EU, CIS, CSTO, OIC, OSCE, NATO, SCO).</summary>
    RegionalOrganisation = 4,
}
