using System.Globalization;
using System.Text;
using CentralAsiaCT.Naming;
using NodaTime;

namespace CentralAsiaCT.Tests;

public sealed class LookupTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Theory]
    [InlineData("KZ", "KAZ", MatchKind.Code)]
    [InlineData("kaz", "KAZ", MatchKind.Code)]
    [InlineData("398", "KAZ", MatchKind.Code)]
    [InlineData("004", "AFG", MatchKind.Code)]
    [InlineData("4", "AFG", MatchKind.Code)]
    [InlineData("  kz  ", "KAZ", MatchKind.Code)]
    [InlineData("U.S.A.", "USA", MatchKind.Code)]
    [InlineData("840", "USA", MatchKind.Code)]
    [InlineData("Kazakhstan", "KAZ", MatchKind.ShortName)]
    [InlineData("Kirghizistan", "KGZ", MatchKind.ShortName)]
    [InlineData("Kirghizstan", "KGZ", MatchKind.Alias)]
    [InlineData("Киргизия", "KGZ", MatchKind.Alias)]
    [InlineData("Туркменистан", "TKM", MatchKind.ShortName)]
    [InlineData("la Russie", "RUS", MatchKind.Alias)]
    [InlineData("Russia", "RUS", MatchKind.Alias)]
    [InlineData("l'Iran", "IRN", MatchKind.Alias)]
    [InlineData("Iran (Islamic Republic of)", "IRN", MatchKind.ShortName)]
    [InlineData("les Etats-Unis", "USA", MatchKind.Alias)]
    [InlineData("ÉTATS UNIS", "USA", MatchKind.Alias)]
    [InlineData("the United States", "USA", MatchKind.Alias)]
    [InlineData("США", "USA", MatchKind.Acronym)]
    [InlineData("Turkey", "TUR", MatchKind.FormerName)]
    [InlineData("TÜRKİYE", "TUR", MatchKind.ShortName)]
    [InlineData("turkiye", "TUR", MatchKind.ShortName)]
    [InlineData("Government of Norway", "NOR", MatchKind.Alias)]
    public void A_state_is_found_by_any_code_or_name_the_data_holds(string input, string alpha3, MatchKind kind)
    {
        Data.States.Get(input).Alpha3.Should().Be(alpha3);
        Data.States.TryGet(input, out var state).Should().BeTrue();
        state!.Alpha3.Should().Be(alpha3);
        Data.States.Search(input).First().Should().Match<NameMatch<State>>(m => m.Entity.Alpha3 == alpha3 && m.Kind == kind);
    }

    [Theory]
    [InlineData("OTSC", "CSTO", MatchKind.Acronym)]
    [InlineData("otan", "NATO", MatchKind.Acronym)]
    [InlineData("ONU", "UN", MatchKind.Acronym)]
    [InlineData("ООН", "UN", MatchKind.Acronym)]
    [InlineData("Nations Unies", "UN", MatchKind.Alias)]
    [InlineData("Organisation of the Islamic Conference", "OIC", MatchKind.FormerName)]
    [InlineData("Organisation de la Conférence islamique", "OIC", MatchKind.FormerName)]
    [InlineData("organisation of islamic cooperation", "OIC", MatchKind.OfficialName)]
    [InlineData("CIE", "CIS", MatchKind.ErroneousForm)]
    [InlineData("Европейский союз", "EU", MatchKind.Alias)]
    [InlineData("Équipe spéciale de lutte contre le terrorisme", "CTITF", MatchKind.OfficialName)]
    [InlineData("КТУ ООН", "UNOCT", MatchKind.Acronym)]
    public void An_organisation_is_found_by_acronym_name_former_name_or_a_sources_error(string input, string id, MatchKind kind)
    {
        Data.Organisations.Get(input).Id.Should().Be(id);
        var best = Data.Organisations.Search(input).First();
        best.Entity.Id.Should().Be(id);
        best.Kind.Should().Be(kind);
        best.IsErrorOfSource.Should().Be(kind == MatchKind.ErroneousForm);
    }

    [Fact]
    public void A_spelling_as_written_and_the_same_spelling_folded_find_the_same_entity()
    {
        // Spellings of the data as written (all in upper or lower case, composed or decomposed) are answered without
        // folding; padding an
        // input with spaces forces the folding path, which must give the same answer for every name and code.
        var data = CentralAsiaData.Default;
        foreach (var entity in data.States.Concat<Entity>(data.Organisations).Concat(data.Places))
        {
            var spellings = entity.Names.Select(n => n.Text).Append(entity.Id);
            var cased = spellings.SelectMany(t => new[] { t, t.ToUpperInvariant(), t.ToLowerInvariant() });
            foreach (var spelling in cased.SelectMany(t => new[] { t, t.Normalize(System.Text.NormalizationForm.FormD) }))
            {
                Found(data, spelling).Should().Be(Found(data, $" {spelling} "), spelling);
            }
        }

        static string? Found(CentralAsiaData data, string input) =>
            data.States.TryGet(input, out var s) ? s.Id
            : data.Organisations.TryGet(input, out var o) ? o.Id
            : data.Places.TryGet(input, out var p) ? p.Id
            : null;
    }

    [Fact]
    public void The_erroneous_form_CIE_says_which_source_wrote_it()
    {
        var match = Data.Organisations.Search("CIE").Single();
        match.IsErrorOfSource.Should().BeTrue();
        match.Name!.Provenance.Sources.Select(s => s.Id).Should().Equal("S-SEED-FR");
    }

    [Theory]
    [InlineData("Organisation de coopération de Shanghai")]
    public void Forms_that_no_source_of_the_data_gives_are_not_found(string name)
    {
        // The register gives the first as common French usage with no source yet, so the data does not hold it.
        Data.Organisations.TryGet(name, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Achgabat", "ASHGABAT", MatchKind.OfficialName)]
    [InlineData("Ashgabat", "ASHGABAT", MatchKind.Code)]
    [InlineData("Ashgabata", "ASHGABAT", MatchKind.ErroneousForm)]
    [InlineData("Douchanbé", "DUSHANBE", MatchKind.OfficialName)]
    [InlineData("douchanbe", "DUSHANBE", MatchKind.OfficialName)]
    [InlineData("new york", "NEW-YORK", MatchKind.Code)]
    public void A_place_is_found_by_any_spelling_the_data_holds(string input, string id, MatchKind kind)
    {
        Data.Places.Get(input).Id.Should().Be(id);
        Data.Places.Search(input).First().Kind.Should().Be(kind);
    }

    [Fact]
    public void A_spelling_one_edit_from_a_name_is_found_by_Search_as_approximate_but_never_by_Get()
    {
        var match = Data.Places.Search("Ashgabad").Should().ContainSingle().Which;
        match.Entity.Id.Should().Be("ASHGABAT");
        match.Kind.Should().Be(MatchKind.Approximate);
        Data.Places.TryGet("Ashgabad", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Kazakstan", "KAZ")]
    [InlineData("Tadjikstan", "TJK")]
    [InlineData("Kazakhtsan", "KAZ")]
    [InlineData("Uzbekistna", "UZB")]
    [InlineData("Slovakai", "SVK")]
    [InlineData("Pakistn", "PAK")]
    public void Single_typos_are_approximate_matches(string input, string alpha3)
    {
        Data.States.Search(input).Should().Contain(m => m.Entity.Alpha3 == alpha3 && m.Kind == MatchKind.Approximate);
        FluentActions.Invoking(() => Data.States.Get(input)).Should().Throw<KeyNotFoundException>().WithMessage($"*'{input}'*");
    }

    [Theory]
    [InlineData("Inda")]
    [InlineData("Kazakhs tan x")]
    [InlineData("Kzkhstan")]
    public void Short_names_and_two_edits_are_not_approximate_matches(string input)
    {
        Data.States.Search(input).Should().BeEmpty();
    }

    [Theory]
    [InlineData("1", PillarNumber.I)]
    [InlineData("I", PillarNumber.I)]
    [InlineData("II", PillarNumber.II)]
    [InlineData("pillar 2", PillarNumber.II)]
    [InlineData("Pillar II", PillarNumber.II)]
    [InlineData("pilier III", PillarNumber.III)]
    [InlineData(" iv ", PillarNumber.IV)]
    [InlineData("PILLAR-4", PillarNumber.IV)]
    public void A_pillar_is_found_by_its_number_in_any_common_form(string input, PillarNumber number)
    {
        Data.Pillars.Get(input).Number.Should().Be(number);
    }

    [Theory]
    [InlineData("V")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("pillar")]
    [InlineData("")]
    [InlineData("iiii")]
    public void Anything_else_is_not_a_pillar(string input)
    {
        Data.Pillars.TryGet(input, out _).Should().BeFalse();
        FluentActions.Invoking(() => Data.Pillars.Get(input)).Should().Throw<KeyNotFoundException>().WithMessage($"*'{input}'*");
    }

    [Fact]
    public void A_pillar_is_found_by_its_integer_number()
    {
        Data.Pillars.Get(3).Number.Should().Be(PillarNumber.III);
        FluentActions.Invoking(() => Data.Pillars.Get(7)).Should().Throw<KeyNotFoundException>();
    }

    public static TheoryData<string> Cultures() => new() { "tr-TR", "az-Latn-AZ", "ru-RU", "ja-JP", "", "en-US" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Answers_are_the_same_under_every_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Data.States.Get("KIRGHIZISTAN").Alpha3.Should().Be("KGZ", "the Turkish upper-case I must fold to i");
            Data.States.Get("kirghizistan").Alpha3.Should().Be("KGZ");
            Data.States.Get("Kırghızıstan").Alpha3.Should().Be("KGZ", "the dotless ı folds to i");
            Data.States.Get("TÜRKİYE").Alpha3.Should().Be("TUR");
            Data.Organisations.Get("otsc").Id.Should().Be("CSTO");
            Data.Pillars.Get("pillar iii").Number.Should().Be(PillarNumber.III);
            Data.States.Search("Kazakstan").Select(m => m.Entity.Alpha3).Should().Equal("KAZ");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Theory]
    [InlineData("Ouzbékistan")]
    [InlineData("Azerbaïdjan")]
    [InlineData("Turkménistan")]
    [InlineData("Российская Федерация")]
    public void NFC_and_NFD_input_find_the_same_state(string name)
    {
        var composed = Data.States.Get(name.Normalize(NormalizationForm.FormC));
        Data.States.Get(name.Normalize(NormalizationForm.FormD)).Should().BeSameAs(composed);
        Data.States.Get(name.Normalize(NormalizationForm.FormKD)).Should().BeSameAs(composed);
    }

    public static TheoryData<string> BadInput() => new()
    {
        string.Empty,
        "   ",
        new string('x', 1_000_000),
        "\uD800",
        "KZ\uDC00",
        "\u0001KZ",
        "\u0000",
        "🇰🇿",
        "قازاقستان",
        "\u202EKZ",
        "...",
        "'",
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_simply_not_found(string input)
    {
        Data.States.TryGet(input, out _).Should().BeFalse();
        Data.Organisations.TryGet(input, out _).Should().BeFalse();
        Data.Places.TryGet(input, out _).Should().BeFalse();
        Data.Pillars.TryGet(input, out _).Should().BeFalse();
        Data.Entities.Search(input).Should().BeEmpty();
        Data.States.Search(input).Should().BeEmpty();
        var thrown = FluentActions.Invoking(() => Data.States.Get(input)).Should().Throw<KeyNotFoundException>().Which;
        thrown.Message.Length.Should().BeLessThan(300, "a message quotes the input, never a megabyte of it");
    }

    [Fact]
    public void Null_is_refused_by_every_lookup()
    {
        FluentActions.Invoking(() => Data.States.Get(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.States.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.States.Search(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Organisations.Get(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Organisations.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Organisations.Search(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Places.Get(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Places.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Places.Search(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Entities.Search(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Pillars.Get(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Pillars.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.States.Get("KAZ").NameAt(new LocalDate(2011, 1, 1), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Search_across_every_kind_of_entity_ranks_exact_matches_first()
    {
        var matches = Data.Entities.Search("Bratislava");
        matches.Should().NotBeEmpty();
        matches.First().Entity.Id.Should().Be("BRATISLAVA");
        matches.First().Kind.Should().Be(MatchKind.Code, "a place's ID is its English name");
        Data.Entities.Search("JPoA").Where(m => m.IsExact).Single().Entity.Should().BeSameAs(Data.Plans.Get("JPOA-2011"));
        Data.Entities.Search("JPoA").Skip(1).Should().OnlyContain(m => m.Kind == MatchKind.PartOfName, "a name that holds the acronym comes after it");
        Data.Entities.Search("Joint Ashgabat Declaration").Where(m => m.IsExact).Single().Entity.Should().BeSameAs(Data.Documents.Declarations.Get("DECL-2011"));
        Data.Entities.Search("em2").Single().Kind.Should().Be(MatchKind.Code);
    }

    [Theory]
    [InlineData("JPoA", "JPOA-2011")]
    [InlineData("jpoa", "JPOA-2011")]
    [InlineData("Plan d'action commun en Asie centrale", "JPOA-2011")]
    [InlineData("Joint Plan of Action for the Implementation of the UN Global Counter-Terrorism Strategy in Central Asia", "JPOA-2011")]
    [InlineData("Tashkent Declaration", "DECL-2022")]
    [InlineData("Ashgabat Declaration", "DECL-2017")]
    [InlineData("Joint Ashgabat Declaration", "DECL-2011")]
    public void Documents_are_found_by_name_and_acronym(string input, string id)
    {
        Data.Documents.Get(input).Id.Should().Be(id);
        Data.Documents.TryGet(input, out var document).Should().BeTrue();
        document!.Id.Should().Be(id);
    }

    [Fact]
    public void A_document_lookup_never_guesses_and_says_what_it_was_asked()
    {
        Data.Documents.TryGet("Joint Plan of Action", out _).Should().BeFalse("a part of a name is for Search only");
        Data.Documents.Search("Joint Plan of Action").First().Should().Match<NameMatch<Document>>(m => m.Entity.Id == "JPOA-2011" && m.Kind == MatchKind.PartOfName);
        FluentActions.Invoking(() => Data.Documents.Get("Bishkek Declaration")).Should().Throw<KeyNotFoundException>().WithMessage("*document*'Bishkek Declaration'*");
        FluentActions.Invoking(() => Data.Documents.Get(null!)).Should().Throw<ArgumentNullException>();
        Data.Documents.Get("Ashgabat Declaration").Should().BeSameAs(Data.Documents.Declarations.Get("DECL-2017"), "not the 2011 Joint Ashgabat Declaration");
    }

    [Theory]
    [InlineData("A/RES/62/272", 1)]
    [InlineData("a/res/64/297", 2)]
    [InlineData("A RES 62 272", 1)]
    public void Reviews_are_found_by_their_resolutions_symbol(string symbol, int ordinal)
    {
        Data.Reviews.Get(symbol).Ordinal.Should().Be(ordinal);
        Data.Entities.Search(symbol).First().Entity.Should().BeSameAs(Data.Reviews.Get(symbol));
    }

    [Fact]
    public void A_symbol_no_review_has_is_not_found_and_the_Strategy_is_found_by_its_own()
    {
        Data.Reviews.TryGet("A/RES/60/288", out _).Should().BeFalse("that is the Strategy's symbol, not a review's");
        FluentActions.Invoking(() => Data.Reviews.Get("A/RES/99/999")).Should().Throw<KeyNotFoundException>().WithMessage("*review*'A/RES/99/999'*");
        FluentActions.Invoking(() => Data.Reviews.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
        var strategy = Data.Entities.Search("A/RES/60/288").Single();
        strategy.Entity.Should().BeSameAs(Data.Strategy);
        strategy.Kind.Should().Be(MatchKind.Code);
        Data.Entities.Search("Strategy").First().Entity.Should().BeSameAs(Data.Strategy);
    }

    [Theory]
    [InlineData("OIC", "en", 2010, 1, 1, "Organisation of the Islamic Conference")]
    [InlineData("OIC", "en", 2011, 6, 27, "Organisation of the Islamic Conference")]
    [InlineData("OIC", "en", 2011, 6, 28, "Organisation of Islamic Cooperation")]
    [InlineData("OIC", "fr", 2011, 1, 1, "Organisation de la Conférence islamique")]
    [InlineData("OIC", "fr", 2012, 1, 1, "Organisation de la coopération islamique")]
    [InlineData("TUR", "en", 2011, 11, 30, "Turkey")]
    [InlineData("TUR", "en", 2022, 5, 31, "Turkey")]
    [InlineData("TUR", "EN", 2022, 6, 1, "Türkiye")]
    [InlineData("TUR", "fr", 2011, 11, 30, "Turquie")]
    [InlineData("TUR", "ru", 2011, 11, 30, "Турция")]
    public void The_name_in_force_on_a_date(string id, string language, int year, int month, int day, string expected)
    {
        Data.Entities.Get(id).NameAt(new LocalDate(year, month, day), language).Text.Should().Be(expected);
    }

    [Fact]
    public void A_name_at_a_date_in_a_language_the_data_lacks_says_so()
    {
        var tashkent = Data.Places.Get("Tashkent");
        tashkent.TryGetNameAt(new LocalDate(2022, 3, 3), "fr", out _).Should().BeFalse();
        FluentActions.Invoking(() => tashkent.NameAt(new LocalDate(2022, 3, 3), "fr")).Should().Throw<KeyNotFoundException>()
            .WithMessage("*'fr'*2022-03-03*TASHKENT*");
    }
}
