using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>
/// The records of one kind in an edition, in the order of the data package unless the kind says otherwise: a read-only
/// list, read from the data when first enumerated or asked, and the place of the questions about that kind. Every
/// collection of <see cref="CentralAsiaData"/> is one; enumerating it with <c>foreach</c> allocates nothing.
/// </summary>
/// <typeparam name="T">The kind of record.</typeparam>
public abstract class RecordList<T> : IReadOnlyList<T>
    where T : class
{
    // The reader's stage, which reads its tables on first call and then returns the same array; a static function of the
    // reader, so that a collection costs no closure.
    private readonly Func<DataSetReader, ImmutableArray<T>> _read;

    private protected RecordList(DataSetReader reader, Func<DataSetReader, ImmutableArray<T>> read)
    {
        Reader = reader;
        _read = read;
    }

    /// <summary>The reader of the edition, for the questions that need other kinds.</summary>
    private protected DataSetReader Reader { get; }

    /// <summary>How many records the edition holds.</summary>
    public int Count => _read(Reader).Length;

    /// <summary>The record at <paramref name="index"/>.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The record.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => _read(Reader)[index];

    /// <summary>The records read from the data, the list itself (no copy).</summary>
    private protected ImmutableArray<T> Items => _read(Reader);

    /// <summary>The records as an immutable array, without copying them.</summary>
    /// <returns>The records, in the order of this list.</returns>
    public ImmutableArray<T> ToImmutableArray() => _read(Reader);

    /// <summary>The records in order; a struct enumerator, so that <c>foreach</c> allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => _read(Reader).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_read(Reader)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_read(Reader)).GetEnumerator();

    /// <summary>The records that <paramref name="keep"/> keeps, in order.</summary>
    private protected ImmutableArray<T> Where(Func<T, bool> keep) => _read(Reader).WhereToArray(keep);

    /// <inheritdoc />
    public override string ToString() => $"{Count} {typeof(T).Name}";
}
