using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT;

// Lookups by name or code. Each index is built on the first lookup of its kind, so a program that never looks up a
// place never pays for the place index.
public sealed partial class CentralAsiaData
{
    private NameIndex<State>? _stateIndex;
    private NameIndex<Organisation>? _organisationIndex;
    private NameIndex<Place>? _placeIndex;
    private NameIndex<Entity>? _entityIndex;
    private NameIndex<Document>? _documentIndex;
    private NameIndex<Review>? _reviewIndex;

    private NameIndex<State> StateIndex =>
        Volatile.Read(ref _stateIndex) ?? Publish(ref _stateIndex, new NameIndex<State>(States, static s => StateCodes(s)));

    private NameIndex<Organisation> OrganisationIndex =>
        Volatile.Read(ref _organisationIndex) ?? Publish(ref _organisationIndex, new NameIndex<Organisation>(Organisations, static _ => []));

    private NameIndex<Place> PlaceIndex =>
        Volatile.Read(ref _placeIndex) ?? Publish(ref _placeIndex, new NameIndex<Place>(Places, static _ => []));

    private NameIndex<Entity> EntityIndex =>
        Volatile.Read(ref _entityIndex) ?? Publish(ref _entityIndex, new NameIndex<Entity>(_reader.Entities.Values, static e => CodesOf(e)));

    private NameIndex<Document> DocumentIndex =>
        Volatile.Read(ref _documentIndex) ?? Publish(ref _documentIndex, new NameIndex<Document>(Documents(), static _ => []));

    private NameIndex<Review> ReviewIndex =>
        Volatile.Read(ref _reviewIndex) ?? Publish(ref _reviewIndex, new NameIndex<Review>(Strategy.Reviews, static r => CodesOf(r)));

    /// <summary>The entity with this stable ID (<c>JPOA-2022</c>, <c>REVIEW-9</c>, <c>KAZ</c>), of the kind
    /// <typeparamref name="T"/>; case does not matter.</summary>
    /// <typeparam name="T">The kind wanted: <see cref="JointPlanOfAction"/>, <see cref="Review"/>, or <see cref="Entity"/> for any.</typeparam>
    /// <param name="id">The ID.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No entity of that kind has that ID; the message quotes it.</exception>
    public T GetEntity<T>(string id)
        where T : Entity =>
        TryGetEntity<T>(id, out var entity)
            ? entity
            : throw new KeyNotFoundException($"The data set holds no {typeof(T).Name} with the ID \"{Quoted.Input(id)}\".");

    /// <summary>Finds the entity with this ID and kind, as <see cref="GetEntity{T}"/> does.</summary>
    /// <typeparam name="T">The kind wanted.</typeparam>
    /// <param name="id">The ID.</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns><see langword="true"/> when an entity of that kind has that ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetEntity<T>(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T entity)
        where T : Entity
    {
        Argument.NotNull(id);

        entity = _reader.Entities.TryGetValue(id.Trim(), out var found) ? found as T : null;
        return entity is not null;
    }

    /// <summary>
    /// The state with this code or name: ISO 3166-1 alpha-2, alpha-3 or numeric (<c>"004"</c> or <c>"4"</c>), UN M49, or
    /// any name, alias, former name or erroneous form the data holds in any language ("Kirghizistan", "la Russie",
    /// "Туркменистан", "Turkey", "U.S.A."). Case, diacritics, punctuation and surrounding spaces do not matter, nor does
    /// the current culture. A near miss is not found: use <see cref="SearchStates"/>.
    /// </summary>
    /// <param name="nameOrCode">What to look up.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No state has that code or name; the message quotes the input.</exception>
    /// <exception cref="AmbiguousNameException">The input matches several states equally well.</exception>
    public State GetState(string nameOrCode) => Get(StateIndex, nameOrCode, "state");

    /// <summary>Finds a state as <see cref="GetState"/> does; false when none or several match.</summary>
    /// <param name="nameOrCode">What to look up.</param>
    /// <param name="state">The state, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one state matches best.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    public bool TryGetState(string nameOrCode, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out State state) =>
        TryGet(StateIndex, nameOrCode, out state);

    /// <summary>Every state the input may mean, ranked: exact matches by strength, then names one edit away.</summary>
    /// <param name="text">What to look up ("Kazakstan", "Tadjikstan").</param>
    /// <returns>The candidates, each with how it matched; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<NameMatch<State>> SearchStates(string text) => Search(StateIndex, text);

    /// <summary>
    /// The organisation with this acronym or name in any language (OTSC and CSTO, OTAN and NATO, ONU and UN), former name
    /// ("Organisation of the Islamic Conference") or erroneous form of a source ("CIE"), folded as for <see cref="GetState"/>.
    /// </summary>
    /// <param name="nameOrAcronym">What to look up.</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No organisation has that name; the message quotes the input.</exception>
    /// <exception cref="AmbiguousNameException">The input matches several organisations equally well.</exception>
    public Organisation GetOrganisation(string nameOrAcronym) => Get(OrganisationIndex, nameOrAcronym, "organisation");

    /// <summary>Finds an organisation as <see cref="GetOrganisation"/> does; false when none or several match.</summary>
    /// <param name="nameOrAcronym">What to look up.</param>
    /// <param name="organisation">The organisation, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one organisation matches best.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is <see langword="null"/>.</exception>
    public bool TryGetOrganisation(string nameOrAcronym, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Organisation organisation) =>
        TryGet(OrganisationIndex, nameOrAcronym, out organisation);

    /// <summary>Every organisation the input may mean, ranked, each with how it matched.</summary>
    /// <param name="text">What to look up.</param>
    /// <returns>The candidates; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<NameMatch<Organisation>> SearchOrganisations(string text) => Search(OrganisationIndex, text);

    /// <summary>The place with this name in any language or spelling the data holds ("Achgabat", "Douchanbé", "Ashgabata").</summary>
    /// <param name="name">What to look up.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No place has that name; the message quotes the input.</exception>
    /// <exception cref="AmbiguousNameException">The input matches several places equally well.</exception>
    public Place GetPlace(string name) => Get(PlaceIndex, name, "place");

    /// <summary>Finds a place as <see cref="GetPlace"/> does; false when none or several match.</summary>
    /// <param name="name">What to look up.</param>
    /// <param name="place">The place, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one place matches best.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryGetPlace(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Place place) =>
        TryGet(PlaceIndex, name, out place);

    /// <summary>Every place the input may mean, ranked, each with how it matched.</summary>
    /// <param name="text">What to look up.</param>
    /// <returns>The candidates; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<NameMatch<Place>> SearchPlaces(string text) => Search(PlaceIndex, text);

    /// <summary>Every entity of any kind (state, organisation, place, event, pillar, plan, ...) the input may mean, ranked.</summary>
    /// <param name="text">What to look up.</param>
    /// <returns>The candidates, each with how it matched; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<NameMatch<Entity>> Search(string text) => Search(EntityIndex, text);

    /// <summary>
    /// The plan of action or declaration with this name or acronym in any language ("JPoA", "Tashkent Declaration",
    /// "Plan d'action commun en Asie centrale"), folded as for <see cref="GetState"/>. A document the data holds no
    /// name for (the updated plan of 2022) is found by its ID with <see cref="GetEntity{T}"/>.
    /// </summary>
    /// <param name="nameOrAcronym">What to look up.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that name; the message quotes the input.</exception>
    /// <exception cref="AmbiguousNameException">The input names several documents equally well.</exception>
    public Document GetDocument(string nameOrAcronym) => Get(DocumentIndex, nameOrAcronym, "document");

    /// <summary>Finds a document as <see cref="GetDocument"/> does; false when none or several match.</summary>
    /// <param name="nameOrAcronym">What to look up.</param>
    /// <param name="document">The document, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one document matches best.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is <see langword="null"/>.</exception>
    public bool TryGetDocument(string nameOrAcronym, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Document document) =>
        TryGet(DocumentIndex, nameOrAcronym, out document);

    /// <summary>Every document the input may mean, ranked: exact matches, names one edit away, then names the input
    /// is part of ("Joint Plan of Action").</summary>
    /// <param name="text">What to look up.</param>
    /// <returns>The candidates; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<NameMatch<Document>> SearchDocuments(string text) => Search(DocumentIndex, text);

    /// <summary>The review of the Strategy adopted as the resolution with this symbol (<c>A/RES/62/272</c>; slashes,
    /// spaces and case do not matter).</summary>
    /// <param name="symbol">The resolution's symbol.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No review of the data set has that symbol; the message quotes it.</exception>
    public Review GetReview(string symbol) => Get(ReviewIndex, symbol, "review");

    /// <summary>Finds a review by its resolution's symbol, as <see cref="GetReview"/> does.</summary>
    /// <param name="symbol">The resolution's symbol.</param>
    /// <param name="review">The review, when found.</param>
    /// <returns><see langword="true"/> when a review has that symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is <see langword="null"/>.</exception>
    public bool TryGetReview(string symbol, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Review review) =>
        TryGet(ReviewIndex, symbol, out review);

    /// <summary>The pillar with this number as people write it: <c>1</c>, <c>I</c>, <c>II</c>, <c>pillar 2</c>, <c>Pillar II</c>, <c>pilier III</c>.</summary>
    /// <param name="number">What to look up.</param>
    /// <returns>The pillar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The input is not a pillar number of this data set; the message quotes it.</exception>
    public Pillar GetPillar(string number) =>
        TryGetPillar(number, out var pillar) ? pillar : throw new KeyNotFoundException($"'{Quoted.Input(number)}' is not a pillar of the data set.");

    /// <summary>Finds a pillar as <see cref="GetPillar(string)"/> does.</summary>
    /// <param name="number">What to look up.</param>
    /// <param name="pillar">The pillar, when found.</param>
    /// <returns><see langword="true"/> when the input is a pillar number of this data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is <see langword="null"/>.</exception>
    public bool TryGetPillar(string number, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Pillar pillar)
    {
        Argument.NotNull(number);

        pillar = null!;
        if (!PillarNumberText.TryParse(number.AsSpan(), out var parsed))
        {
            return false;
        }

        foreach (var candidate in Pillars)
        {
            if (candidate.Number == parsed)
            {
                pillar = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The pillar with this number, 1 to 4.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The pillar.</returns>
    /// <exception cref="KeyNotFoundException">This data set holds no pillar with that number.</exception>
    public Pillar GetPillar(int number) => GetPillar((PillarNumber)number);

    // The codes an entity is looked up by besides its ID: a state's ISO and M49 codes, a resolution's symbol.
    private static IEnumerable<string> CodesOf(Entity entity) => entity switch
    {
        State state => StateCodes(state),
        Strategy strategy => [strategy.Symbol],
        Review { Symbol: { } symbol } => [symbol],
        _ => [],
    };

    private IEnumerable<Document> Documents()
    {
        foreach (var plan in Plans)
        {
            yield return plan;
        }

        foreach (var declaration in Declarations)
        {
            yield return declaration;
        }
    }

    private static IEnumerable<string> StateCodes(State state)
    {
        yield return state.Alpha2;
        yield return state.Numeric;
        yield return state.Numeric.TrimStart('0');
        yield return state.M49;
    }

    private static TIndex Publish<TIndex>(ref TIndex? field, TIndex built)
        where TIndex : class
    {
        // Two threads may build the same index at once; the first to publish wins and both use it.
        return Interlocked.CompareExchange(ref field, built, null) ?? built;
    }

    private static T Get<T>(NameIndex<T> index, string input, string what)
        where T : Entity
    {
        Argument.NotNull(input);

        return index.Lookup(input, out var entity) switch
        {
            NameIndex<T>.Outcome.Found => entity!,
            NameIndex<T>.Outcome.Ambiguous => throw new AmbiguousNameException(input, NameIndex<T>.Tied(index.Find(input.AsSpan()))),
            _ => throw new KeyNotFoundException($"No {what} of the data set has the name or code '{Quoted.Input(input)}'.{Hint(index, input)}"),
        };
    }

    // D22: the nearest names Search finds (one edit away, or a run of a name's words), so that a typo says what it
    // may have meant; Get itself never guesses. Only on the failing path: a lookup that finds pays nothing for it.
    private static string Hint<T>(NameIndex<T> index, string input)
        where T : Entity
    {
        var near = index.Search(input);
        if (near.IsDefaultOrEmpty)
        {
            return " Search(text) lists the candidates a text may mean.";
        }

        var candidates = new System.Text.StringBuilder();
        for (var i = 0; i < near.Length && i < 3; i++)
        {
            candidates.Append(i == 0 ? string.Empty : ", ").Append(near[i].Entity.Id).Append(" (").Append(Quoted.Input(near[i].MatchedText)).Append(')');
        }

        return $" Did you mean {candidates}? Search(text) lists them with how each matched.";
    }

    private static bool TryGet<T>(NameIndex<T> index, string input, out T entity)
        where T : Entity
    {
        Argument.NotNull(input);

        var found = index.Lookup(input, out var match) == NameIndex<T>.Outcome.Found;
        entity = match!;
        return found;
    }

    private static ImmutableArray<NameMatch<T>> Search<T>(NameIndex<T> index, string text)
        where T : Entity
    {
        Argument.NotNull(text);

        return index.Search(text);
    }
}
