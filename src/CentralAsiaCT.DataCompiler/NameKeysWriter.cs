using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using CentralAsiaCT.Building;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.DataCompiler;

/// <summary>Writes the folded name keys and the spellings of every collection of the edition that the tables make (the
/// generated part of <c>BuiltInPackage</c> that <see cref="CompiledNameKeys"/> reads).</summary>
internal static class NameKeysWriter
{
    public static void Write(TableSet package, StringBuilder code)
    {
        // The keys are the index's own, built by the library from the same tables: the compiled answer of every key is the
        // one the index gives (a test compares them key by key).
        var edition = DataSetReader.Read(package);
        var collections = Collections(edition).OrderBy(static c => c.Collection, StringComparer.Ordinal).ToList();

        code.Append("\n    public static int NameKeysOf(string collection) => collection switch\n    {\n");
        for (var i = 0; i < collections.Count; i++)
        {
            code.Append("        \"").Append(collections[i].Collection).Append("\" => ").Append(i).Append(",\n");
        }

        code.Append("        _ => -1,\n    };\n");
        Switch(code, "NameKeys", collections);
        Switch(code, "Spellings", collections);

        foreach (var collection in collections)
        {
            Table(code, Identifier(collection.Collection), CompiledNameKeys.Compile([.. collection.FoldedKeys()]));
            Table(code, Identifier(collection.Collection, "Spellings"), CompiledNameKeys.Compile([.. collection.Spellings()]));
        }
    }

    // The method that gives a collection's table of one kind by the collection's number. Inlined into the lookup, so that
    // its jump table is not also a call: a warm lookup by code took 11.8 ns called and 9.8 inlined, a miss 13.3 and 10.8,
    // "Kirghizistan" 12.3 and 10.4 (issue 34, sixth session, LookupBenchmarks, two runs in the same quarter hour).
    private static void Switch(StringBuilder code, string what, List<IFoldedKeys> collections)
    {
        code.Append("\n    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        code.Append("\n    public static ReadOnlySpan<byte> ").Append(what).Append("(int collection) => collection switch\n    {\n");
        for (var i = 0; i < collections.Count; i++)
        {
            code.Append("        ").Append(i).Append(" => ").Append(Identifier(collections[i].Collection, what)).Append("(),\n");
        }

        code.Append("        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, \"No such collection.\"),\n    };\n");
    }

    // A byte array assigned to a span is kept in the assembly's image: reading it allocates nothing.
    private static void Table(StringBuilder code, string name, byte[] table)
    {
        code.Append("\n    private static ReadOnlySpan<byte> ").Append(name).Append("() => new byte[]\n    {");
        for (var i = 0; i < table.Length; i++)
        {
            code.Append(i % 32 == 0 ? "\n        " : " ").Append(table[i]).Append(',');
        }

        code.Append("\n    };\n");
    }

    // Every collection of the edition looked up by name, and those they hold (the documents' declarations).
    private static List<IFoldedKeys> Collections(object owner)
    {
        var seen = new Dictionary<string, IFoldedKeys>(StringComparer.Ordinal);
        var pending = new Queue<object>([owner]);
        while (pending.Count > 0)
        {
            var next = pending.Dequeue();
            foreach (var property in next.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetIndexParameters().Length > 0 || !typeof(IFoldedKeys).IsAssignableFrom(property.PropertyType)
                    || property.GetValue(next) is not IFoldedKeys collection)
                {
                    continue;
                }

                if (seen.TryGetValue(collection.Collection, out var known))
                {
                    if (!ReferenceEquals(known, collection))
                    {
                        throw new InvalidOperationException($"Two collections are named '{collection.Collection}'.");
                    }

                    continue;
                }

                seen.Add(collection.Collection, collection);
                pending.Enqueue(collection);
            }
        }

        return [.. seen.Values];
    }

    private static string Identifier(string collection, string what = "NameKeys") =>
        char.ToUpperInvariant(collection[0]) + collection.Substring(1) + what;
}
