using System.Collections.Generic;
using System.Text;
using System;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

/// <summary>Maps the kebab-case words of the data package (<c>co-sponsor</c>) to the members of the model's enums.</summary>
internal static class Vocabulary
{
    /// <summary>Words an older minor edition uses that a later one retired, by table and column, with the version that
    /// retired each and what took its place: such a row is not read (a notice says so), rather than refused.</summary>
    // An array: a collection expression of one tuple made a list type whose constructor the JIT compiled on a first
    // question (issue 34, the release pack's JIT list).
    public static IReadOnlyList<(string Table, string Column, string Word, string Since, string Instead)> Retired { get; } = new[]
    {
        ("milestones", "kind", "admitted-to-united-nations", "2.4.0", "a state's admission to the UN is its membership of the UN (memberships.csv)"),
    };

    /// <summary>Whether the row's <paramref name="column"/> holds a word <see cref="Retired"/> in its table.</summary>
    public static bool IsRetired(TableRow row, string column)
    {
        foreach (var retired in Retired)
        {
            if (retired.Table == row.Table.Name && retired.Column == column && row.Optional(column) == retired.Word)
            {
                return true;
            }
        }

        return false;
    }

    public static TEnum Parse<TEnum>(TableRow row, string column)
        where TEnum : struct, Enum =>
        (TEnum)Parse(row, column, typeof(TEnum));

    public static TEnum? ParseOptional<TEnum>(TableRow row, string column)
        where TEnum : struct, Enum =>
        row.Optional(column) is null ? null : Parse<TEnum>(row, column);

    // Not generic, so that its body is compiled once for every enum rather than once per enum: measured against the generic
    // Enum.TryParse<TEnum> (issue 34, the one-question programs with CENTRALASIACT_JITINFO=1, median of five runs), the
    // generic one compiled 8 to 21 more methods on each first question, 9 to 21 from the release pack (whose ReadyToRun
    // code does not hold the runtime's generic methods over this library's enums), for 13 to 23 KB less allocated.
    private static object Parse(TableRow row, string column, Type enumType)
    {
        var word = row.Required(column);
        foreach (var member in MembersOf(enumType))
        {
            if (member.Key == word)
            {
                return member.Value;
            }
        }

        foreach (var c in word)
        {
            if (c != '-' && !(c is >= 'a' and <= 'z'))
            {
                throw row.Error(column, $"'{word}' is not a lower-case kebab-case word");
            }
        }

        throw row.Error(column, $"'{word}' is not a known {enumType.Name}");
    }

    // Each enum's words with its boxed members, made once per enum: a parse that built the PascalCase name, listed the
    // enum's names and parsed the one found allocated about 0.4 KB a cell, 50 KB of the sources alone on every first
    // question (issue 34). Arrays as values: a dictionary of a tuple had methods the JIT compiled on a first question.
    private static readonly Dictionary<Type, KeyValuePair<string, object>[]> Members = [];

    private static KeyValuePair<string, object>[] MembersOf(Type enumType)
    {
        lock (Members)
        {
            if (!Members.TryGetValue(enumType, out var members))
            {
                var names = Enum.GetNames(enumType);
                members = new KeyValuePair<string, object>[names.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    members[i] = new(WordOf(names[i]), Enum.Parse(enumType, names[i]));
                }

                Members.Add(enumType, members);
            }

            return members;
        }
    }

    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        WordOf(value.ToString());

    private static string WordOf(string name)
    {
        var word = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= 'A' and <= 'Z')
            {
                if (i > 0)
                {
                    word.Append('-');
                }

                word.Append((char)(c - 'A' + 'a'));
            }
            else
            {
                word.Append(c);
            }
        }

        return word.ToString();
    }
}
