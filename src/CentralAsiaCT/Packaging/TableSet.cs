using System;
using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// The tables of one data package. Tables read from files are all there at once; the built-in tables are decoded one by
/// one when first asked for, so that a question pays only for the tables it reads.
/// </summary>
internal sealed class TableSet
{
    private readonly ImmutableArray<string> _names;
    private readonly Func<string, Table>? _decode;
    private readonly Table?[] _tables;
    private System.Runtime.CompilerServices.StrongBox<ImmutableArray<Table>>? _all;

    public TableSet(PackageMetadata metadata, ImmutableArray<Table> tables)
    {
        Metadata = metadata;
        _names = ImmutableArray.CreateRange(tables, static t => t.Name);
        _tables = new Table?[tables.Length];
        for (var i = 0; i < tables.Length; i++)
        {
            _tables[i] = tables[i];
        }

        _all = new(tables);
    }

    public TableSet(PackageMetadata metadata, ImmutableArray<string> names, Func<string, Table> decode)
    {
        Metadata = metadata;
        _names = names;
        _decode = decode;
        _tables = new Table?[names.Length];
    }

    public PackageMetadata Metadata { get; }

    /// <summary>Whether these are the built-in tables, whose collections' name keys are compiled with them.</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>Every table, in the package's order (decoding any not yet decoded).</summary>
    public ImmutableArray<Table> Tables
    {
        get => OnFirstUse.Get(ref _all, this, static set =>
        {
            var all = new Table[set._names.Length];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = set.At(i);
            }

            return new System.Runtime.CompilerServices.StrongBox<ImmutableArray<Table>>(ImmutableArray.Create(all));
        }).Value;
    }

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Table? table)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (_names[i] == name)
            {
                table = At(i);
                return true;
            }
        }

        table = null;
        return false;
    }

    public Table this[string name]
    {
        get
        {
            for (var i = 0; i < _names.Length; i++)
            {
                if (_names[i] == name)
                {
                    return At(i);
                }
            }

            throw new FormatException($"The data package has no resource '{name}'.");
        }
    }

    /// <summary>The names of the tables decoded so far (all of them when the set was built from tables): what a
    /// question has paid for.</summary>
    public ImmutableArray<string> Decoded => _decode is null ? _names : [.. _names.Where((_, i) => System.Threading.Volatile.Read(ref _tables[i]) is not null)];

    private Table At(int index)
    {
        // OnFirstUse's publication, written out: its state here would be a (set, index) pair, a value type, whose
        // instantiation cost three more compiled methods on the path of every first question (cold-start harness).
        // Decoding is pure: if two threads race, both decode the same table and the first one published is kept.
        var table = System.Threading.Volatile.Read(ref _tables[index]);
        if (table is null)
        {
            var decoded = _decode!(_names[index]);
            table = System.Threading.Interlocked.CompareExchange(ref _tables[index], decoded, null) ?? decoded;
        }

        return table;
    }
}
