namespace CentralAsiaCT;

/// <summary>The number of a pillar of the Strategy, I to IV.</summary>
public enum PillarNumber
{
    /// <summary>Pillar I: conditions conducive to the spread of terrorism.</summary>
    I = 1,

    /// <summary>Pillar II: preventing and combating terrorism.</summary>
    II = 2,

    /// <summary>Pillar III: building States' capacity and the role of the UN system.</summary>
    III = 3,

    /// <summary>Pillar IV: human rights and the rule of law.</summary>
    IV = 4,
}
