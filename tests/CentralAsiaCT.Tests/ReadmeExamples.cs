using CentralAsiaCT.Dating;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Every C# example of README.md, compiled here: <see cref="ReadmeTests"/> checks that each block of the README is one of
/// these regions, word for word, and runs each region and checks what it prints.
/// </summary>
internal static partial class ReadmeExamples
{
    public static void ThreeLines()
    {
        #region README: three-lines
        var data = CentralAsiaData.Default;
        var uzbekistan = data.States.Get("Uzbekistan");
        foreach (var day in new[] { new LocalDate(2015, 1, 1), new LocalDate(2023, 1, 1) })
        {
            var status = data.Plans.StatusOn(uzbekistan, day)!;
            Console.WriteLine($"{day:uuuu-MM-dd}: {status.Status} towards {status.Plan.Id}, holds {status.From:uuuu-MM-dd}..{status.Until:uuuu-MM-dd} {status.Provenance}");
        }
        // 2015-01-01: Observer towards JPOA-2011, holds 2011-11-30..2022-03-02 [S-SEED-FR;S-UNRCCA-JPOA;S-UNRCCA-HLM] grade A
        // 2023-01-01: Adopted towards JPOA-2022, holds 2022-03-03.. [S-UNIPATH-UZ;S-UNOCT-CA-COPY] grade B
        #endregion
    }

    public static void Statuses()
    {
        #region README: statuses
        var data = CentralAsiaData.Default;
        foreach (var day in new[] { new LocalDate(2011, 12, 31), new LocalDate(2026, 12, 2) })
        {
            var plan = data.Plans.InForceOn(day)!;
            Console.WriteLine($"{day:uuuu-MM-dd} {plan.Id}: parties {string.Join(" ", plan.Parties.Select(s => s.Alpha3))}; observers {string.Join(" ", plan.Observers.Select(s => s.Alpha3))}");
        }
        // 2011-12-31 JPOA-2011: parties KAZ KGZ TJK TKM; observers UZB
        // 2026-12-02 JPOA-2022: parties KAZ KGZ TJK TKM UZB; observers
        #endregion
    }

    public static void PlansAndPhases()
    {
        #region README: plans-and-phases
        var data = CentralAsiaData.Default;
        foreach (var plan in data.Plans)
        {
            Console.WriteLine($"{plan.Id} adopted {plan.AdoptedOn} at {plan.AdoptedAt.Id} in {plan.AdoptedAt.Place?.GetName("en").Text}, updates {plan.Updates?.Id ?? "none"}");
        }

        foreach (var declaration in data.Documents.Declarations)
        {
            Console.WriteLine($"{declaration.Id} {declaration.GetName("en").Text}: {string.Join(" ", declaration.Supporters.Select(e => e.Id))}");
        }

        foreach (var phase in data.Initiatives)
        {
            Console.WriteLine($"phase {phase.Phase} {phase.Id}: launched {phase.Launch?.Date.ToString() ?? "(not known)"}, closed {phase.Closing?.Date.ToString() ?? "(not known)"}, "
                + $"funders {string.Join(" ", phase.Funders.Select(f => f.Id))}, {phase.Events.Length} events");
        }
        // JPOA-2011 adopted 2011-11-30 at HLM-2011 in Ashgabat, updates none
        // JPOA-2022 adopted 2022-03-03 at CONF-2022 in Tashkent, updates JPOA-2011
        // DECL-2017 Ashgabat Declaration: KAZ KGZ TJK TKM UZB ...
        // phase 2 CA-PHASE-II: launched 2013-09, closed 2017-06-13, funders EU NOR, 6 events ...
        var phaseThree = data.Initiatives.Get("CA-PHASE-III");
        Console.WriteLine(string.Join(", ", phaseThree.Events.Select(e => $"{e.Date} {e.Kind}")));
        // 2018-02-23 CoordinationMeeting, 2018-04 Launch, 2018-10 Training, 2019-02-14 CoordinationMeeting, 2019-08 Training
        Console.WriteLine(data.Plans.StatusOn(data.States.Get("UZ"), new LocalDate(2011, 1, 1)) is null);  // True: no plan was in force yet
        var standing = data.Plans.StatusOn(data.States.Get("UZ"), new LocalDate(2015, 1, 1))!;
        Console.WriteLine($"{standing.Status} {standing.Plan.Id} {standing.From:uuuu-MM-dd} to {standing.Until:uuuu-MM-dd}, {standing.Plan.Region?.Name}");
        // Observer JPOA-2011 2011-11-30 to 2022-03-02, Central Asia: the answer holds until the plan's update is adopted
        #endregion
    }

    public static void Answers()
    {
        #region README: answers
        var data = CentralAsiaData.Default;
        Source copy = data.Sources.Get("S-UNOCT-CA-COPY");
        Console.WriteLine($"{copy.Publisher}, read on a {copy.Copy} of {copy.OriginalAddressText}");
        // United Nations (UNOCT), read on a Mirror of https://www.un.org/counterterrorism/cct/counter-terrorism-in-central-asia
        var update = data.Plans.Get("JPOA-2022");
        Console.WriteLine(update.AdoptionDate);        // 2022-03-03 [S-UNOCT-CA-COPY] grade B: the plan's own day, not the conference's two
        FactRow row = data.Reports.PlansTable().Rows[1];       // every fact the row shows: the plan, its date, meeting, place, parties
        Console.WriteLine($"{row.Cells[0]} {row.Provenance!.Grade}: {row.Provenance.Sources.Contains(data.Sources.Get("S-UNIPATH-UZ"))}");
        // JPOA-2022 B: True (the parties rest on one secondary source)
        FactTable in2015 = data.Reports.StatesTableOn(data.States, new LocalDate(2015, 1, 1));   // only the plan in force that day
        Console.WriteLine($"{in2015.Title}: {in2015.Rows.Count(r => r.Cells[4] == "adopted")} parties");
        // States and JPOA-2011, the Joint Plan of Action in force on 2015-01-01: 4 parties
        Provenance both = Provenance.Combine([update.Provenance, update.AdoptionDate.Provenance]);   // your own row of facts
        Console.WriteLine(both.Grade);                 // B
        #endregion
    }

    public static void Reviews()
    {
        #region README: reviews
        var strategy = CentralAsiaData.Default.Strategy;
        Console.WriteLine($"{strategy.Symbol} adopted {strategy.AdoptedOn} by {strategy.Adoption} {strategy.Adopted!.Provenance}");
        // A/RES/60/288 adopted 2006-09-08 by Consensus [S-GA-FR-CTS;S-NEWSTJ-2017-06-12;S-UNOCT-GCTS] grade A
        foreach (var review in strategy.Reviews)
        {
            var how = review.Vote is { } vote ? $"by {vote.InFavour} votes to {vote.Against}, {vote.Abstaining} abstaining" : review.Adoption?.ToString() ?? "(how: not known)";
            Console.WriteLine($"{review.Ordinal} {review.Symbol ?? "(symbol not known)"} {review.AdoptedOn?.ToString() ?? "(date not known)"} {how} {review.Provenance}");
        }
        // 1 A/RES/62/272 2008-09-05 Consensus [S-CTITF-OFFICE;S-UNPRESS-GA10738;S-GAZETA-2008-09-06] grade A
        // 5 A/RES/70/291 2016-07-01 Consensus [S-UNNEWS-2016-07-01;S-UNPRESS-SGSM17903;S-SCRIBD-CTITF-GCTS] grade B
        // 9 (symbol not known) 2026-07-01 by 140 votes to 3, 1 abstaining [S-CSO-9TH] grade B
        var unknownSymbols = strategy.Reviews.Where(r => r.Symbol is null).Select(r => r.Ordinal);
        Console.WriteLine(string.Join(", ", unknownSymbols));   // 8, 9
        #endregion
    }

    public static void History()
    {
        #region README: history
        var data = CentralAsiaData.Default;
        foreach (var year in new[] { 2013, 2018, 2023, 2025 })
        {
            var held = data.Timeline.InYear(year).GroupBy(e => e.Kind).Select(g => $"{g.Count()} {g.Key}");
            Console.WriteLine($"{year}: {string.Join(", ", held)}");
        }
        // 2013: 1 Launch, 1 Workshop
        // 2018: 1 CoordinationMeeting, 1 Launch, 1 Training
        // 2023: 5 Consultation, 2 Conference
        // 2025: 1 Briefing, 1 Workshop, 1 Training, 1 Conference
        var national = data.Timeline.OfKind(EventKind.Consultation).Where(e => e.Scope == EventScope.National);
        Console.WriteLine(string.Join(" ", national.Select(e => $"{e.Place?.GetName("en").Text} {e.Date.First:MM-dd}")));
        // Dushanbe 07-03 Bishkek 07-06 Astana 07-10 Tashkent 07-13 Ashgabat 07-20 (2023, phase IV)
        var workshops = data.Timeline.OfKind(EventKind.Workshop);
        Console.WriteLine($"{workshops.Length} workshops, the last {workshops[^1].Date} in {workshops[^1].Place?.GetName("en").Text}");
        // 6 workshops, the last 2025-07-21/2025-07-22 in Tashkent
        #endregion
    }

    public static void Timeline()
    {
        #region README: timeline
        foreach (var e in CentralAsiaData.Default.Timeline)
        {
            var pillars = string.Join(", ", e.Pillars.Select(p => p.Number));
            Console.WriteLine($"{e.Date} {e.Kind} {e.Ordinal} {e.Place?.Id} [{pillars}] ({e.Date.Precision})");
        }
        // 2010-09 Launch  NEW-YORK [] (Month)
        // 2010-12-15/2010-12-16 ExpertMeeting 1 BRATISLAVA [I, IV] (DayRange) ...
        #endregion
    }

    public static void Claims()
    {
        #region README: claims
        var dushanbe = (Event)CentralAsiaData.Default.Entities.Get("EM2");
        foreach (var claim in dushanbe.Claims)
        {
            Console.WriteLine($"{claim.Provenance.SourceIds} says {claim.Date} {claim.Place?.Id} pillar {claim.Pillar?.Number}: {claim.Evidence}");
        }
        // S-SEED-FR says 2011-03 DUSHANBE pillar II: "Deuxième réunion d'experts sur l'application du pilier II" (heading)
        // S-SEED-FR says 2011-03 DUSHANBE pillar III: "En mars 2011 ... pilier III ... à Douchanbé" (body)
        #endregion
    }

    public static void Roles()
    {
        #region README: roles
        var data = CentralAsiaData.Default;
        foreach (var p in data.Participations.WithRole(Role.Funder).AddRange(data.Participations.WithRole(Role.Coordinator)))
        {
            Console.WriteLine($"{p.Participant.Id} {p.Role} of {p.Target.Id} [{p.Provenance.SourceIds}] grade {p.Provenance.Grade}");
        }
        // EU Funder of CA-INITIATIVE [S-SEED-FR;S-CTITF-EN;S-ASIAPLUS-2011-07-22] grade A
        // NOR Funder of CA-INITIATIVE [...] grade A
        // UNRCCA Coordinator of CA-INITIATIVE [S-SEED-FR;S-CTITF-EN] grade A
        var hosts = data.Plans.Get("JPOA-2011").AdoptedAt.RolesIn.Where(p => p.Role == Role.Host);
        Console.WriteLine(string.Join(", ", hosts.Select(p => p.Participant.Id)));   // CTITF
        #endregion
    }

    public static void Memberships()
    {
        #region README: memberships
        var data = CentralAsiaData.Default;
        var uzbekistan = data.States.Get("UZ");
        var csto = data.Organisations.Get("CSTO");
        foreach (var s in uzbekistan.StandingsTowards(csto).Where(s => s.Kind != StandingKind.NotHeld))
        {
            Console.WriteLine($"{s.Kind} {s.Role} {s.From:uuuu-MM-dd}..{s.Until:uuuu-MM-dd} [{s.Provenance.SourceIds}]");
        }
        // Held Member 1992-05-15..1999-01-01 [S-RIA-2025-11-26;S-MFA-TJ-CSTO]: left in 1999, the day not known
        // Uncertain  1999-01-02..1999-12-31 [S-RIA-2025-11-26;S-MFA-TJ-CSTO]
        // Held Member 2006-08-16..2012-12-19 [S-MFA-TJ-CSTO;S-BELTA-2012-12-19;S-TASS-2012-12-19]: then suspended
        Console.WriteLine(uzbekistan.StandingTowards(csto, new LocalDate(2015, 1, 1)).Kind);   // NotHeld
        var roster = csto.RosterOn(new LocalDate(2011, 1, 1));
        Console.WriteLine($"{string.Join(" ", roster.Participants.Select(p => p.Id))} {roster.From:uuuu-MM-dd}..{roster.Until:uuuu-MM-dd}");
        // KAZ KGZ TJK UZB 2006-08-16..2012-12-19: the Central Asian members that day, and how long that answer holds
        var today = uzbekistan.StandingsOn(new LocalDate(2026, 1, 1)).Where(s => s.Kind == StandingKind.Held && s.Target is Organisation);
        Console.WriteLine(string.Join(", ", today.Select(s => $"{s.Role} {s.Target.Id}")));
        // Member CIS, Member SCO, ParticipatingState OSCE, Member OIC, Partner NATO, Member UN
        #endregion
    }

    public static void Names()
    {
        #region README: names
        var data = CentralAsiaData.Default;
        var pillarIII = data.Pillars.Get(PillarNumber.III);
        Console.WriteLine(pillarIII.GetName("ru").Text);            // Меры по укреплению потенциала государств ...
        var pillarI = data.Pillars.Get(PillarNumber.I);
        Console.WriteLine(pillarI.TryGetName("ru", out var title)); // False: no source gives it, so no fallback
        var turkiye = data.Entities.Get("TUR");
        var turkey = turkiye.Names.Single(n => n.Kind == NameKind.Former && n.Language == "en");
        Console.WriteLine($"{turkiye.GetName("en").Text}, formerly {turkey.Text} until {turkey.ValidTo:uuuu-MM-dd}");
        // Türkiye, formerly Turkey until 2022-05-31
        var eu = data.Entities.Get("EU").GetName("ru");                // no official Russian name in the data: its alias
        Console.WriteLine($"{eu.Text} ({eu.Kind})");                // Европейский союз (Alias)
        #endregion
    }

    public static void Lookups()
    {
        #region README: lookups
        var data = CentralAsiaData.Default;
        Console.WriteLine(data.States.Get("Kirghizistan").Alpha3);   // KGZ (and "KG", "417", "Киргизия", "kyrgyzstan")
        Console.WriteLine(data.States.Get("la Russie").Alpha3);      // RUS
        Console.WriteLine(data.States.Get("U.S.A.").Alpha3);         // USA
        Console.WriteLine(data.States.Get("4").Alpha3);              // AFG (ISO numeric 004)
        Console.WriteLine(data.Organisations.Get("OTSC").Id);        // CSTO
        Console.WriteLine(data.Places.Get("Douchanbé").Id);          // DUSHANBE
        Console.WriteLine(data.Pillars.Get("pilier III").Number);    // III
        var cie = data.Organisations.Search("CIE").Single();
        Console.WriteLine($"{cie.Entity.Id} {cie.Kind} error of {cie.Name!.Provenance.SourceIds}: {cie.IsErrorOfSource}");
        // CIS ErroneousForm error of S-SEED-FR: True
        foreach (var match in data.States.Search("Kazakstan"))
        {
            Console.WriteLine($"{match.Entity.Id} {match.Kind} {match.MatchedText}"); // KAZ Approximate Kazakhstan
        }

        Console.WriteLine(data.States.TryGet("Kazakstan", out _));   // False: Get and TryGet never guess
        Console.WriteLine(data.Places.Search("Ashgabad").Single().Kind);                 // Approximate
        Console.WriteLine(data.Entities.Search("Joint Ashgabat Declaration").Single().Entity.Id); // DECL-2011
        #endregion
    }

    public static void PublishedForms()
    {
        #region README: published-forms
        var data = CentralAsiaData.Default;
        Console.WriteLine(data.States.Get("Republic of Kazakhstan").Alpha3);     // KAZ: a formal name (ISO 3166-1)
        Console.WriteLine(data.States.Get("Республика Кыргызстан").Alpha3);      // KGZ
        Console.WriteLine(data.States.Get("Russian Federation (the)").Alpha3);   // RUS: a trailing article in brackets
        Console.WriteLine(data.States.Get("Russie, Fédération de").Alpha3);      // RUS: an inverted form
        Console.WriteLine(data.States.Get("Kazakhstan (Republic of)").Alpha3);   // KAZ: a qualifier that restates the formal name
        Console.WriteLine(data.States.Get("Iran, Islamic Rep.").Alpha3);         // IRN: a statistical table's abbreviation
        Console.WriteLine(data.States.TryGet("Kazakhstan (Kingdom of)", out _)); // False: that qualifier restates no name
        var formal = data.States.Get("KGZ").Names.Where(n => n.Kind == NameKind.Formal);
        Console.WriteLine(string.Join(" | ", formal.Select(n => $"{n.Language} {n.Text} ({n.Provenance.Grade})")));
        // en Kyrgyz Republic (A) | fr République kirghize (B) | ru Республика Кыргызстан (B)
        #endregion
    }

    public static void DocumentLookups()
    {
        #region README: document-lookups
        var data = CentralAsiaData.Default;
        Console.WriteLine(data.Documents.Get("JPoA").Id);                    // JPOA-2011
        Console.WriteLine(data.Documents.Get("Tashkent Declaration").Id);    // DECL-2022
        Console.WriteLine(data.Reviews.Get("A/RES/62/272").Ordinal);         // 1
        Console.WriteLine(data.Entities.Search("A/RES/60/288").First().Entity.Id);  // UNGCTS (the Strategy, by its symbol)
        var strategy = data.Entities.Search("Strategy").First();
        Console.WriteLine($"{strategy.Entity.Id} {strategy.Kind}");        // UNGCTS PartOfName
        var plan = data.Documents.Search("Joint Plan of Action").First();
        Console.WriteLine($"{plan.Entity.Id} {plan.Kind}");                // JPOA-2011 PartOfName
        #endregion
    }

    public static void NameAtDate()
    {
        #region README: name-at
        var oic = CentralAsiaData.Default.Organisations.Get("OIC");
        Console.WriteLine(oic.NameAt(new LocalDate(2010, 12, 15), "en").Text); // Organisation of the Islamic Conference
        Console.WriteLine(oic.NameAt(new LocalDate(2011, 11, 30), "en").Text); // Organisation of Islamic Cooperation
        var turkiye = CentralAsiaData.Default.States.Get("TR");
        Console.WriteLine(turkiye.NameAt(new LocalDate(2011, 11, 30), "en").Text); // Turkey
        #endregion
    }

    public static void Queries()
    {
        #region README: queries
        var data = CentralAsiaData.Default;
        var ids = (IEnumerable<Entity> entities) => string.Join(" ", entities.Select(e => e.Id));
        Console.WriteLine(ids(data.Timeline.Covering(data.Pillars.Get("II"))));               // EM2
        Console.WriteLine(ids(data.Timeline.At(data.Places.Get("Almaty"))));                  // EM3 CONSULT-2012 WS-2013-11 WS-2016-03 EWN-CONF-2023-12
        Console.WriteLine(ids(data.Timeline.HostedBy(data.States.Get("Slovakia"))));          // EM1 (held under its auspices)
        var september = new DateInterval(new LocalDate(2010, 9, 1), new LocalDate(2010, 9, 15));
        Console.WriteLine(ids(data.Timeline.Within(september)));                            // (none: the launch is known to the month)
        Console.WriteLine(ids(data.Timeline.PossiblyWithin(september)));                    // LAUNCH-2010
        Console.WriteLine(ids(data.Timeline.Before(new LocalDate(2011, 1, 1))));            // LAUNCH-2010 EM1
        Console.WriteLine(ids(data.Timeline.PillarsCoveredBy(new LocalDate(2011, 6, 30))));       // PILLAR-I PILLAR-II PILLAR-IV
        Console.WriteLine(ids(data.Timeline.PillarsCoveredInEventsHostedBy(data.States.Get("SK")))); // PILLAR-I PILLAR-IV
        Console.WriteLine(ids(data.Organisations.WithRole(Role.Stakeholder)));           // UN CIS CSTO OIC OSCE NATO SCO
        Console.WriteLine(ids(data.Organisations.OfKind(OrganisationKind.UnEntity)));     // CTITF UNRCCA UNOCT
        Console.WriteLine(ids(data.Documents.Declarations.Get("DECL-2011").Supporters.Where(e => e is Organisation))); // UN EU
        Console.WriteLine(ids(data.Timeline.After(new LocalDate(2024, 1, 1))));           // EWN-CONF-2024-09 BRF-2025-07 EWN-SEM-2025-07 EWN-TRN-2025-09 EWN-CONF-2025-10
        Console.WriteLine(string.Join(" ", data.Participations.WithRole(Role.Host).Select(p => $"{p.Participant.Id}:{p.Target.Id}"))); // CTITF:HLM-2011 SVK:EM1 UNOCT:BRF-2025-07 UNRCCA:BRF-2025-07
        Console.WriteLine(string.Join(" ", data.Entities.Get("NOR").RolesTaken.Select(p => p.Role))); // DeclarationSupporter Funder Funder (of phases I and II)
        var oicNews = data.Sources.Get("S-OIC-2011");
        Console.WriteLine($"{data.Sources.FactsCiting(oicNews).Length} facts cite {oicNews.Id}; it corrects {data.Errata.Correcting(oicNews).Length}");
        Console.WriteLine(string.Join(" ", data.Errata.Correcting(data.Sources.Get("S-SEED-FR")).Select(e => e.Id).Distinct()));
        // E1 E2 E3 E4 E5 E6 E7 E9 E10
        #endregion
    }

    public static void Dates()
    {
        #region README: dates
        var seedClaim = KnownDate.InMonth(new YearMonth(2011, 3));        // what the seed page says
        var taken = ((Event)CentralAsiaData.Default.Entities.Get("EM2")).Date;  // 2011-03-29/2011-03-30
        var ides = new LocalDate(2011, 3, 15);
        Console.WriteLine($"{seedClaim.IsCertainlyBefore(ides)} {seedClaim.IsCertainlyAfter(ides)} {seedClaim.MayInclude(ides)}"); // False False True
        Console.WriteLine($"{taken.IsCertainlyAfter(ides)} {taken.AgreesWith(seedClaim)} {taken.Interval.Length} days");        // True True 2 days
        #endregion
    }

    public static void Citations()
    {
        #region README: citations
        var data = CentralAsiaData.Default;
        Participation observer = data.Plans.Get("JPOA-2011").RoleOn(data.States.Get("Uzbekistan"), new LocalDate(2015, 1, 1))!;
        foreach (Citation citation in observer.Provenance.Citations)
        {
            Console.WriteLine($"{citation.Source.Id}: \"{citation.Quote}\"");
        }
        // S-SEED-FR: "avec l'Ouzbékistan optant pour le statut d'observateur"
        // S-UNRCCA-JPOA: "with Uzbekistan opting for observer status"
        Erratum e3 = data.Errata.Single(e => e.Id == "E3");
        Console.WriteLine($"{e3.ClaimCitations[0]} / taken {e3.Taken}: {e3.Provenance.Citations[0]}");
        // S-SEED-FR: "Communauté d’États indépendants (CIE)" / taken CEI: S-UNPRESS-CS12566: "la Communauté d’États indépendants (CEI)"
        #endregion
    }

    public static void SourcesAndErrata()
    {
        #region README: provenance
        var data = CentralAsiaData.Default;
        var dushanbe = data.Entities.Get("EM2");
        foreach (var erratum in data.Errata.About(dushanbe))
        {
            Console.WriteLine($"{erratum.Id}: {string.Join(";", erratum.ClaimSources)} claimed '{erratum.Claim}', taken '{erratum.Taken}' [{erratum.Provenance.SourceIds}]");
        }
        // E1: S-SEED-FR claimed 'pilier III (body of the page)', taken 'PILLAR-II' [S-SEED-FR;S-CTITF-EN;S-UNRCCA-CT-UNOWAS]
        // E10: S-SEED-FR claimed '2011-03 (month only)', taken '2011-03-29/2011-03-30' [...]
        Source seed = data.Sources.Get("S-SEED-FR");
        Console.WriteLine($"{seed.Title} — {seed.Publisher} — {seed.Address}");
        #endregion
    }
}
