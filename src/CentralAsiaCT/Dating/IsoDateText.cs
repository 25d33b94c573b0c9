using System;
using NodaTime;

namespace CentralAsiaCT.Dating;

/// <summary>
/// Reads the fixed ISO 8601 forms of the data package (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> and the UTC
/// instant <c>YYYY-MM-DDTHH:MM:SSZ</c>) straight into NodaTime values. NodaTime's text patterns would parse them too,
/// but their first use compiles about 600 methods (measured: most of a 200 ms cold start), for four digit groups.
/// </summary>
internal static class IsoDateText
{
    public static bool TryParseYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && TryDigits(text, 0, 4, out year) && year >= 1;
    }

    public static bool TryParseMonth(string text, out YearMonth month)
    {
        var parsed = TryParseMonth(text, out var year, out var m);
        month = parsed ? new YearMonth(year, m) : default;
        return parsed;
    }

    /// <summary>A month as its year and number: the reader makes no <see cref="YearMonth"/>, whose first use compiled 14
    /// of NodaTime's methods on the path of the first question about a plan or the timeline (issue 34).</summary>
    public static bool TryParseMonth(string text, out int year, out int month)
    {
        if (text.Length != 7 || text[4] != '-' || !TryDigits(text, 0, 4, out year) || !TryDigits(text, 5, 2, out month) || year < 1 || month < 1 || month > 12)
        {
            year = month = 0;
            return false;
        }

        return true;
    }

    public static bool TryParseDay(string text, out LocalDate day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month)
            || !TryDigits(text, 8, 2, out var dayOfMonth) || year < 1 || month < 1 || month > 12 || dayOfMonth < 1
            || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        day = new LocalDate(year, month, dayOfMonth);
        return true;
    }

    /// <summary>A date in the reduced precision its form says: a day (<c>YYYY-MM-DD</c>), a month (<c>YYYY-MM</c>) or a
    /// year (<c>YYYY</c>), as the bounds of a standing are written.</summary>
    public static bool TryParseKnownDate(string text, out KnownDate? date)
    {
        date = text.Length switch
        {
            10 when TryParseDay(text, out var day) => KnownDate.OnDay(day),
            7 when TryParseMonth(text, out var year, out var month) => KnownDate.InMonth(year, month),
            4 when TryParseYear(text, out var onlyYear) => KnownDate.InYear(onlyYear),
            _ => null,
        };
        return date is not null;
    }

    public static bool TryParseInstant(string text, out Instant instant)
    {
        instant = default;
        if (text.Length != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z'
            || !TryParseDay(text.Substring(0, 10), out var day) || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute)
            || !TryDigits(text, 17, 2, out var second) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = Instant.FromUtc(day.Year, day.Month, day.Day, hour, minute, second);
        return true;
    }

    /// <summary>A day as YYYY-MM-DD whatever the current culture: how every message of the library writes a date.</summary>
    public static string Format(LocalDate day) =>
        FormattableString.Invariant($"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
