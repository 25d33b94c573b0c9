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
    public static IReadOnlyList<(string Table, string Column, string Word, string Since, string Instead)> Retired { get; } =
    [
        ("milestones", "kind", "admitted-to-united-nations", "2.4.0", "a state's admission to the UN is its membership of the UN (memberships.csv)"),
    ];

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
        var pascal = new StringBuilder(word.Length);
        var upper = true;
        foreach (var c in word)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            if (!(c is >= 'a' and <= 'z'))
            {
                throw row.Error(column, $"'{word}' is not a lower-case kebab-case word");
            }

            pascal.Append(upper ? (char)(c - 'a' + 'A') : c);
            upper = false;
        }

        // Letters only reach here, so parsing cannot take the word for a number.
        var name = pascal.ToString();
        foreach (var candidate in Enum.GetNames(enumType))
        {
            if (candidate == name)
            {
                return Enum.Parse(enumType, name);
            }
        }

        throw row.Error(column, $"'{word}' is not a known {enumType.Name}");
    }

    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
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
