namespace CentralAsiaCT.Dating;

/// <summary>How precisely a <see cref="KnownDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Known to the day.</summary>
    Day = 1,

    /// <summary>A range of whole days, each of which is known (a two-day meeting).</summary>
    DayRange = 2,

    /// <summary>Known only to the month: the day is not known.</summary>
    Month = 3,

    /// <summary>Known only to the year.</summary>
    Year = 4,
}
