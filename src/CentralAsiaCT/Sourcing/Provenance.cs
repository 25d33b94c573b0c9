using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace CentralAsiaCT.Sourcing;

/// <summary>Where a fact comes from and how far it can be trusted.</summary>
/// <param name="Sources">The sources that state the fact; never empty.</param>
/// <param name="Grade">The confidence grade of the fact.</param>
public sealed record Provenance(ImmutableArray<Source> Sources, Grade Grade)
{
    // What a provenance read from an edition holds until its sources are read: one item, so that the primary
    // constructor's check passes; never seen, as the getter reads the sources first.
    private static readonly ImmutableArray<Source> NotYetRead = ImmutableArray.Create(new Source[1]);

    private ImmutableArray<Source> _sources = Sources.IsDefaultOrEmpty
        ? throw new ArgumentException("A fact rests on at least one source.", nameof(Sources))
        : Sources;

    // An edition's sources are read on the first question about them too, not with the row: each source read is about
    // 1 KB of strings, and the plans, the events and the Strategy cite 31-79 of them (issue 34).
    private Func<ImmutableArray<Source>>? _readSources;

    private ImmutableArray<Citation> _citations = ImmutableArray<Citation>.Empty;

    // An edition's quotes are read on the first question about them, not with the row: the citations table is the
    // largest of the package, and decoding it with every fact cost 279 KB and a dictionary of every quote on the path of
    // any first question (issue 26; benchmarks/README.md).
    private Func<ImmutableArray<Citation>>? _readCitations;

    /// <summary>The sources and grade of a fact whose quotes are read when first asked.</summary>
    internal Provenance(ImmutableArray<Source> sources, Grade grade, Func<ImmutableArray<Citation>> readCitations)
        : this(sources, grade) => _readCitations = readCitations;

    /// <summary>The grade of a fact whose sources, and then quotes, are read when first asked.</summary>
    internal Provenance(Func<ImmutableArray<Source>> readSources, Grade grade, Func<ImmutableArray<Source>, ImmutableArray<Citation>> readCitations)
        : this(NotYetRead, grade)
    {
        _readSources = readSources;
        _readCitations = () => readCitations(Sources);
    }

    /// <summary>The sources that state the fact; never empty.</summary>
    public ImmutableArray<Source> Sources
    {
        get => ReadOnce(ref _sources, ref _readSources);

        init
        {
            _sources = value;
            _readSources = null;
        }
    }

    /// <summary>Each source with the words of it that the fact is cited for, in the order of <see cref="Sources"/> (a source
    /// cited by several facts of a combined answer for different words, once for each); empty for a provenance built
    /// outside an edition.</summary>
    public ImmutableArray<Citation> Citations
    {
        get => ReadOnce(ref _citations, ref _readCitations);

        init
        {
            // Given quotes replace any still to be read (a copy made with `with` carries the original's reading).
            _citations = value;
            _readCitations = null;
        }
    }

    // A list read on first use. Two threads may both read it: the edition gives both the same items, and the last array
    // stays; the reading is dropped once its list is written, so a reader that sees it dropped sees the list.
    private static ImmutableArray<T> ReadOnce<T>(ref ImmutableArray<T> list, ref Func<ImmutableArray<T>>? read)
    {
        if (Volatile.Read(ref read) is { } pending)
        {
            list = pending();
            Volatile.Write(ref read, null);
        }

        return list;
    }

    /// <summary>The words of <paramref name="source"/> that the fact is cited for.</summary>
    /// <param name="source">One of <see cref="Sources"/>.</param>
    /// <returns>The quote, or <see langword="null"/> when <paramref name="source"/> is not cited here.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public string? QuoteOf(Source source)
    {
        Argument.NotNull(source);

        foreach (var citation in Citations)
        {
            if (citation.Source == source)
            {
                return citation.Quote;
            }
        }

        return null;
    }

    /// <summary>For an answer that rests on several facts of different grades: the sources of the facts that carry its
    /// (weakest) <see cref="Grade"/>; empty when every fact has that grade, or for one fact (N15: a row graded B did
    /// not say which of its facts is B).</summary>
    public ImmutableArray<Source> GradeSetBy { get; private init; } = ImmutableArray<Source>.Empty;

    /// <summary>The grade, and where it comes from when the facts of the answer differ in grade.</summary>
    /// <returns><c>A</c>, <c>B</c>, or for example <c>B, from S-UNOCT-CA-COPY</c>.</returns>
    public string GradeText => GradeSetBy.IsEmpty ? Grade.ToString() : $"{Grade}, from {string.Join(";", GradeSetBy)}";

    /// <summary>The IDs of <see cref="Sources"/>, joined by <c>;</c> as in the data package.</summary>
    public string SourceIds => string.Join(";", Sources);

    /// <summary>The sources of several facts shown together (a row of a table, a line of a report), each source once in
    /// the order the facts give them, with the weakest of their grades: what an answer that rests on all of them can
    /// claim, with every fact's quotes. Absent facts (<see langword="null"/>) rest on nothing and add nothing.</summary>
    /// <param name="facts">The provenance of each fact shown.</param>
    /// <returns>The combined provenance.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="facts"/> holds no fact.</exception>
    public static Provenance Combine(System.Collections.Generic.IEnumerable<Provenance?> facts)
    {
        Argument.NotNull(facts);

        var present = ImmutableArray.CreateBuilder<Provenance>();
        foreach (var fact in facts)
        {
            if (fact is not null)
            {
                present.Add(fact);
            }
        }

        return present.Count > 0 ? Combined(present.ToImmutable()) : throw new System.ArgumentException("No fact to combine.", nameof(facts));
    }

    /// <summary>The sources of several facts shown together, each once, with the lowest of their grades, and the quotes of
    /// every fact (read when first asked, as each fact's own are).</summary>
    internal static Provenance Combined(ImmutableArray<Provenance> facts)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        var grade = Grade.A;
        foreach (var fact in facts)
        {
            foreach (var source in fact.Sources)
            {
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }

            grade = fact.Grade > grade ? fact.Grade : grade;
        }

        var combined = sources.ToImmutable();
        var setBy = ImmutableArray.CreateBuilder<Source>();
        if (facts.Any(f => f.Grade != grade))
        {
            foreach (var source in facts.Where(f => f.Grade == grade).SelectMany(static f => f.Sources))
            {
                if (!setBy.Contains(source))
                {
                    setBy.Add(source);
                }
            }
        }

        return new Provenance(combined, grade, () => CitationsOf(combined, facts)) { GradeSetBy = setBy.ToImmutable() };
    }

    // Each source's quotes, in the order of the sources: a source cited by two facts for different words gives both.
    private static ImmutableArray<Citation> CitationsOf(ImmutableArray<Source> sources, ImmutableArray<Provenance> facts)
    {
        var result = ImmutableArray.CreateBuilder<Citation>(sources.Length);
        foreach (var source in sources)
        {
            foreach (var fact in facts)
            {
                foreach (var citation in fact.Citations)
                {
                    if (citation.Source == source && !result.Contains(citation))
                    {
                        result.Add(citation);
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Equal when the sources, the grade and the quotes are equal, item by item (whether the quotes were read
    /// yet or not, and whether both were combined from the same rows or from equal ones).</summary>
    /// <param name="other">The provenance to compare with.</param>
    /// <returns>Whether both describe the same citation of the same sources.</returns>
    public bool Equals(Provenance? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Grade == other.Grade && Sources.SequenceEqual(other.Sources) && Citations.SequenceEqual(other.Citations));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // The sources and grade decide the hash; the quotes, read lazily, only refine equality.
        var hash = (int)Grade;
        foreach (var source in Sources)
        {
            hash = unchecked((hash * 31) + source.GetHashCode());
        }

        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => $"[{SourceIds}] grade {Grade}";
}
