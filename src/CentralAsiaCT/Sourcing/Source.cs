using System;
using System.Collections.Immutable;

namespace CentralAsiaCT.Sourcing;

/// <summary>A public document that facts of the data set cite.</summary>
public sealed record Source
{
    // The address is kept as the text of the data and parsed when asked for: the first Uri of a process costs about
    // 15 ms (measured), which a question that never looks at an address should not pay.
    private readonly string _address;

    /// <summary>A source with the given facts.</summary>
    /// <param name="id">The stable source ID, for example <c>S-SEED-FR</c>.</param>
    /// <param name="title">The title of the document, or what it is.</param>
    /// <param name="publisher">Who published it.</param>
    /// <param name="languages">The languages it is available in, as BCP 47 tags (<c>mul</c> for many).</param>
    /// <param name="address">Where it was read; an absolute address.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not absolute.</exception>
    public Source(string id, string title, string publisher, ImmutableArray<string> languages, Uri address)
        : this(id, title, publisher, languages, AbsoluteText(address))
    {
    }

    internal Source(string id, string title, string publisher, ImmutableArray<string> languages, string address)
    {
        Id = Argument.NotNull(id);
        Title = Argument.NotNull(title);
        Publisher = Argument.NotNull(publisher);
        Languages = languages;
        _address = address;
    }

    /// <summary>The stable source ID, for example <c>S-SEED-FR</c>.</summary>
    public string Id { get; }

    /// <summary>The title of the document, or what it is.</summary>
    public string Title { get; }

    /// <summary>Who published it.</summary>
    public string Publisher { get; }

    /// <summary>The languages it is available in, as BCP 47 tags (<c>mul</c> for many).</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Where it was read (an absolute address, parsed from the data on each call).</summary>
    public Uri Address => new(_address, UriKind.Absolute);

    /// <summary>Where it was read, as written in the data package.</summary>
    public string AddressText => _address;

    /// <summary>What kind of copy <see cref="Address"/> is, or <see langword="null"/> when it is the publisher's own
    /// address. A fact whose every source is a <see cref="SourceCopy.Reproduction"/> or a <see cref="SourceCopy.Mirror"/>
    /// is graded B at most: a copy can be faithful, but it is not its publisher.</summary>
    public SourceCopy? Copy { get; init; }

    /// <summary>Whether the publisher is official (the UN, an organisation, a government) or secondary; <see langword="null"/>
    /// for a source of a package that does not say (before data 2.4.0).</summary>
    public PublisherKind? PublisherKind { get; init; }

    /// <summary>The publisher's own address of the text, as written in the data package, when <see cref="Address"/> is a
    /// copy and that address is known; otherwise <see langword="null"/>.</summary>
    public string? OriginalAddressText { get; init; }

    /// <summary>Whether the text was read on a copy that does not count as its publisher's (a reproduction or a mirror,
    /// not a web archive).</summary>
    public bool IsThirdPartyCopy => Copy is SourceCopy.Reproduction or SourceCopy.Mirror;

    /// <inheritdoc />
    public override string ToString() => Id;

    private static string AbsoluteText(Uri address)
    {
        Argument.NotNull(address);

        return address.IsAbsoluteUri ? address.OriginalString : throw new ArgumentException("The address of a source must be absolute.", nameof(address));
    }
}
