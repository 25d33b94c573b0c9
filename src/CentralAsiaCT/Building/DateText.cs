using CentralAsiaCT.Dating;
using CentralAsiaCT.Packaging;
using NodaTime;

namespace CentralAsiaCT.Building;

/// <summary>Reads the ISO 8601 date cells of the data package into <see cref="KnownDate"/> and <see cref="LocalDate"/>.</summary>
internal static class DateText
{
    public static KnownDate? Optional(TableRow row, string startColumn, string? endColumn, string precisionColumn)
    {
        if (row.Optional(startColumn) is null)
        {
            if (row.Optional(precisionColumn) is not null || (endColumn is not null && row.Optional(endColumn) is not null))
            {
                throw row.Error(startColumn, "is empty while the precision or the end is given");
            }

            return null;
        }

        return Required(row, startColumn, endColumn, precisionColumn);
    }

    public static KnownDate Required(TableRow row, string startColumn, string? endColumn, string precisionColumn)
    {
        var precision = Vocabulary.Parse<DatePrecision>(row, precisionColumn);
        var start = row.Required(startColumn);
        var end = endColumn is null ? null : row.Optional(endColumn);
        if (end is not null && precision != DatePrecision.DayRange)
        {
            throw row.Error(endColumn!, $"an end date is given for a date of precision '{Vocabulary.Word(precision)}'");
        }

        switch (precision)
        {
            case DatePrecision.Day:
                return KnownDate.OnDay(Day(row, startColumn, start));
            case DatePrecision.DayRange:
                var first = Day(row, startColumn, start);
                var last = end is null ? throw row.Error(endColumn ?? startColumn, "a range of days has no end") : Day(row, endColumn!, end);
                if (last < first)
                {
                    throw row.Error(endColumn!, $"the range of days ends on {end}, before its start {start}");
                }

                return KnownDate.FromDays(first, last);
            case DatePrecision.Month:
                return IsoDateText.TryParseMonth(start, out var inYear, out var month) ? KnownDate.InMonth(inYear, month) : throw row.Error(startColumn, $"'{start}' is not a month (YYYY-MM)");
            default:
                return IsoDateText.TryParseYear(start, out var year) ? KnownDate.InYear(year) : throw row.Error(startColumn, $"'{start}' is not a year (YYYY)");
        }
    }

    /// <summary>A bound of a standing, in the precision its form gives (a day, a month or a year); null when empty.</summary>
    public static KnownDate? OptionalBound(TableRow row, string column) =>
        row.Optional(column) is not { } text
            ? null
            : IsoDateText.TryParseKnownDate(text, out var date) ? date : throw row.Error(column, $"'{text}' is not a day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY)");

    public static LocalDate? OptionalDay(TableRow row, string column) =>
        row.Optional(column) is { } text ? Day(row, column, text) : null;

    private static LocalDate Day(TableRow row, string column, string text)
    {
        return IsoDateText.TryParseDay(text, out var day) ? day : throw row.Error(column, $"'{text}' is not a day (YYYY-MM-DD)");
    }
}
