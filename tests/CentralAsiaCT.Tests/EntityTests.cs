using System.Globalization;
using CentralAsiaCT.Naming;
using NodaTime;

namespace CentralAsiaCT.Tests;

public sealed class EntityTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ru-RU")]
    [InlineData("ja-JP")]
    [InlineData("")]
    [InlineData("en-US")]
    public void Lookups_by_ID_ignore_case_the_same_way_under_every_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Data.Entities.Get("pillar-iii").Id.Should().Be("PILLAR-III", "the Turkish dotless i must not break a lower-case ID");
            Data.Entities.Get(" kaz ").Id.Should().Be("KAZ");
            Data.Sources.Get("s-seed-fr").Id.Should().Be("S-SEED-FR");
            Data.Entities.Get("TKM").GetName("EN").Text.Should().Be("Turkmenistan");
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "   ")]
    [InlineData("XX", "XX")]
    [InlineData("KAZ\u0000", "KAZ\\u0000")] // a control character is written as its escape, never sent to a terminal
    [InlineData("\uD800", "\uD800")]
    public void Unknown_IDs_are_not_found_and_Get_names_what_was_asked(string id, string shown)
    {
        Data.Entities.TryGet(id, out _).Should().BeFalse();
        Data.Sources.TryGet(id, out _).Should().BeFalse();
        FluentActions.Invoking(() => Data.Entities.Get(id)).Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain($"'{shown}'");
        FluentActions.Invoking(() => Data.Sources.Get(id)).Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain($"'{shown}'");
    }

    [Fact]
    public void Null_is_refused_with_ArgumentNullException()
    {
        FluentActions.Invoking(() => Data.Entities.Get(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Entities.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Sources.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Plans.Get("JPOA-2011").StatusOn(null!, Data.Plans.Get("JPOA-2011").AdoptedOn.First)!.Status).Should().Throw<ArgumentNullException>();
                        FluentActions.Invoking(() => Data.Errata.About(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Strategy.TryGetName(null!, out _)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_name_in_force_prefers_the_official_name_and_skips_former_names()
    {
        var turkiye = Data.Entities.Get("TUR");
        turkiye.GetName("en").Text.Should().Be("Türkiye");
        turkiye.GetName("en").ValidFrom.Should().Be(new LocalDate(2022, 6, 1));
        var turkey = turkiye.Names.Single(n => n.Text == "Turkey");
        turkey.Kind.Should().Be(NameKind.Former);
        turkey.IsInForceOn(new LocalDate(2011, 11, 30)).Should().BeTrue();
        turkey.IsInForceOn(new LocalDate(2022, 6, 1)).Should().BeFalse();

        Data.Entities.Get("UN").GetName("en").Kind.Should().Be(NameKind.Official, "the official name wins over the acronym");
        Data.Entities.Get("KAZ").GetName("ru").Kind.Should().Be(NameKind.Short, "a state's UN short name serves when no official name is held");
    }

    [Fact]
    public void No_silent_fallback_to_another_language()
    {
        var istanbul = Data.Entities.Get("ISTANBUL");
        istanbul.TryGetName("fr", out _).Should().BeFalse("no source of the data gives the French name of Istanbul");
        istanbul.TryGetName("en", out var english).Should().BeTrue();
        english!.Text.Should().Be("Istanbul");
    }

    [Fact]
    public void Every_fact_reaches_its_sources_in_one_step()
    {
        var kazakhstan = (State)Data.Entities.Get("KAZ");
        kazakhstan.Provenance.Sources.Single().Address.Should().Be(new Uri("https://unstats.un.org/unsd/methodology/m49/"));
        kazakhstan.RolesTaken.Should().ContainSingle(p => p.Role == Role.Member && p.Target.Id == "UN")
            .Which.ValidFrom!.Day.Should().Be(new LocalDate(1992, 3, 2));
        Data.Errata.Should().Contain(e => e.Id == "E8" && e.ClaimSources.Single().Id == "S-PAKOBSERVER-2018-05-03", "the 2018 article behind E8 is a source since data 2.0.0");
    }

    [Fact]
    public void Entities_print_their_ID_and_English_name()
    {
        Data.Entities.Get("KAZ").ToString().Should().Be("KAZ (Kazakhstan)");
        Data.Entities.Get("EM2").ToString().Should().Be("EM2", "the data holds no English name for the Dushanbe meeting");
        Data.ToString().Should().Be($"centralasiact {Data.Version}");
    }
}
