using CentralAsiaCT.Dating;
using CsCheck;
using NodaTime;

namespace CentralAsiaCT.Tests;

public sealed class KnownDateTests
{
    [Fact]
    public void A_month_read_as_its_year_and_number_spans_the_days_of_NodaTimes_month()
    {
        // The reader makes months without YearMonth (issue 34); the days must be those YearMonth gives, leap years included.
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12]).Sample((year, month) =>
        {
            var read = IsoDateText.TryParseKnownDate(FormattableString.Invariant($"{year:D4}-{month:D2}"), out var date) ? date! : null;
            var expected = new YearMonth(year, month);
            return read is { Precision: DatePrecision.Month } && read.First == expected.OnDayOfMonth(1) && read.Last == expected.ToDateInterval().End
                && read.Month == expected;
        }, iter: 5000);
        IsoDateText.TryParseMonth("2011-13", out int _, out int _).Should().BeFalse();
        IsoDateText.TryParseMonth("0000-01", out YearMonth _).Should().BeFalse();
    }

    [Fact]
    public void A_date_known_to_the_month_is_neither_certainly_before_nor_after_a_day_inside_it()
    {
        var march = KnownDate.InMonth(new YearMonth(2011, 3));
        var ides = new LocalDate(2011, 3, 15);
        march.IsCertainlyBefore(ides).Should().BeFalse();
        march.IsCertainlyAfter(ides).Should().BeFalse();
        march.MayInclude(ides).Should().BeTrue();
        march.Day.Should().BeNull("a month never pretends to be a day");
        march.IsCertainlyBefore(new LocalDate(2011, 4, 1)).Should().BeTrue();
        march.IsCertainlyAfter(new LocalDate(2011, 2, 28)).Should().BeTrue();
    }

    [Fact]
    public void Each_precision_prints_in_its_ISO_8601_form()
    {
        KnownDate.OnDay(new LocalDate(2011, 11, 30)).ToString().Should().Be("2011-11-30");
        KnownDate.FromDays(new LocalDate(2010, 12, 15), new LocalDate(2010, 12, 16)).ToString().Should().Be("2010-12-15/2010-12-16");
        KnownDate.InMonth(new YearMonth(2010, 9)).ToString().Should().Be("2010-09");
        KnownDate.InYear(2005).ToString().Should().Be("2005");
    }

    [Fact]
    public void A_range_of_one_day_is_a_day_and_a_reversed_range_is_refused()
    {
        var day = new LocalDate(2011, 11, 30);
        KnownDate.FromDays(day, day).Precision.Should().Be(DatePrecision.Day);
        FluentActions.Invoking(() => KnownDate.FromDays(day, day.PlusDays(-1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => KnownDate.OnDay(day).AgreesWith(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Year_precision_covers_the_whole_year()
    {
        var year = KnownDate.InYear(2005);
        year.Interval.Start.Should().Be(new LocalDate(2005, 1, 1));
        year.Interval.End.Should().Be(new LocalDate(2005, 12, 31));
        year.Month.Should().BeNull();
    }

    [Fact]
    public void Every_day_of_a_month_agrees_with_the_month_and_is_never_certainly_before_or_after_it()
    {
        Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Int[1, 31]).Sample(t =>
        {
            var (year, month, dayOfMonth) = t;
            var yearMonth = new YearMonth(year, month);
            var day = yearMonth.OnDayOfMonth(Math.Min(dayOfMonth, yearMonth.ToDateInterval().Length));
            var known = KnownDate.InMonth(yearMonth);
            return known.AgreesWith(KnownDate.OnDay(day))
                && !known.IsCertainlyBefore(day) && !known.IsCertainlyAfter(day)
                && known.IsCertainlyBefore(yearMonth.ToDateInterval().End.PlusDays(1))
                && known.IsCertainlyAfter(day.PlusDays(-dayOfMonth - 1));
        });
    }
}
