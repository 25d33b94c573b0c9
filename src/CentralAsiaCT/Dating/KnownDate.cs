using System;
using NodaTime;

namespace CentralAsiaCT.Dating;

/// <summary>
/// A date as precisely as the sources know it: a day, a range of days, a month or a year. A date known only to the
/// month never pretends to be a day: <see cref="IsCertainlyBefore"/> and <see cref="IsCertainlyAfter"/> are both false
/// for any day inside that month.
/// </summary>
public sealed record KnownDate
{
    private KnownDate(DatePrecision precision, LocalDate first, LocalDate last)
    {
        Precision = precision;
        First = first;
        Last = last;
    }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the date can be: the day itself, the first day of the range, month or year.</summary>
    public LocalDate First { get; }

    /// <summary>The last day the date can be: the day itself, the last day of the range, month or year.</summary>
    public LocalDate Last { get; }

    /// <summary>Every day from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
    public DateInterval Interval => new(First, Last);

    /// <summary>The month, when the date lies within one calendar month (always true for day and month precision).</summary>
    public YearMonth? Month => First.ToYearMonth() == Last.ToYearMonth() ? First.ToYearMonth() : null;

    /// <summary>The day, when the date is known to a single day.</summary>
    public LocalDate? Day => Precision == DatePrecision.Day ? First : null;

    /// <summary>A date known to the day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The date.</returns>
    public static KnownDate OnDay(LocalDate day) => new(DatePrecision.Day, day, day);

    /// <summary>A range of known days, both included.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static KnownDate FromDays(LocalDate first, LocalDate last) =>
        last < first
            ? throw new ArgumentOutOfRangeException(nameof(last), Dating.IsoDateText.Format(last), $"The last day is before the first day {Dating.IsoDateText.Format(first)}.")
            : first == last ? OnDay(first) : new KnownDate(DatePrecision.DayRange, first, last);

    /// <summary>A date known only to the month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The date.</returns>
    public static KnownDate InMonth(YearMonth month) => InMonth(month.Year, month.Month);

    /// <summary>A date known to <paramref name="month"/> of <paramref name="year"/>, as the reader makes it.</summary>
    internal static KnownDate InMonth(int year, int month) =>
        new(DatePrecision.Month, new LocalDate(year, month, 1), new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    public static KnownDate InYear(int year) => new(DatePrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>Whether the whole date lies before <paramref name="day"/>.</summary>
    /// <param name="day">The day to compare with.</param>
    /// <returns><see langword="true"/> only when every day the date can be is earlier.</returns>
    public bool IsCertainlyBefore(LocalDate day) => Last < day;

    /// <summary>Whether the whole date lies after <paramref name="day"/>.</summary>
    /// <param name="day">The day to compare with.</param>
    /// <returns><see langword="true"/> only when every day the date can be is later.</returns>
    public bool IsCertainlyAfter(LocalDate day) => First > day;

    /// <summary>Whether <paramref name="day"/> lies within the days the date can be.</summary>
    /// <param name="day">The day to test.</param>
    /// <returns><see langword="true"/> when the day is between <see cref="First"/> and <see cref="Last"/>.</returns>
    public bool MayInclude(LocalDate day) => First <= day && day <= Last;

    /// <summary>Whether every day the date can be lies inside <paramref name="interval"/>.</summary>
    /// <param name="interval">The days, both ends included.</param>
    /// <returns><see langword="true"/> only when the date is certainly inside the interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public bool IsCertainlyWithin(DateInterval interval)
    {
        Argument.NotNull(interval);

        return interval.Start <= First && Last <= interval.End;
    }

    /// <summary>Whether at least one day the date can be lies inside <paramref name="interval"/>.</summary>
    /// <param name="interval">The days, both ends included.</param>
    /// <returns><see langword="true"/> when the date may fall, at least in part, inside the interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public bool MayOverlap(DateInterval interval)
    {
        Argument.NotNull(interval);

        return First <= interval.End && interval.Start <= Last;
    }

    /// <summary>Whether <paramref name="other"/> is consistent with this date: the two share at least one day.</summary>
    /// <param name="other">Another date, for example a source's month-level claim about the same event.</param>
    /// <returns><see langword="true"/> when the two can be the same date.</returns>
    public bool AgreesWith(KnownDate other)
    {
        Argument.NotNull(other);

        return First <= other.Last && other.First <= Last;
    }

    /// <summary>The ISO 8601 form: <c>2011-11-30</c>, <c>2010-12-15/2010-12-16</c>, <c>2010-12</c> or <c>2005</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => Precision switch
    {
        // NodaTime's text patterns compiled about 250 methods on the first date a process printed (cold-start harness,
        // question "review": 353 methods with them, 59 without); the edition's years have four digits.
        DatePrecision.Day => Dating.IsoDateText.Format(First),
        DatePrecision.DayRange => Dating.IsoDateText.Format(First) + "/" + Dating.IsoDateText.Format(Last),
        DatePrecision.Month => FormattableString.Invariant($"{First.Year:D4}-{First.Month:D2}"),
        _ => First.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
    };
}
