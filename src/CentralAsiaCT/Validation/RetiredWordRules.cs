using CentralAsiaCT.Building;

namespace CentralAsiaCT.Validation;

/// <summary>PKG014: the rows of an older minor edition that hold a word a later version retired, which the reader
/// leaves out (<see cref="Vocabulary.Retired"/>).</summary>
internal static class RetiredWordRules
{
    public static void Check(PackageCheck check)
    {
        foreach (var (table, column, word, since, instead) in Vocabulary.Retired)
        {
            if (check.Table(table) is not { } read || !read.Columns.Contains(column))
            {
                continue;
            }

            var index = read.IndexOf(column);
            for (var i = 0; i < read.Rows.Length; i++)
            {
                if (read.Rows[i][index] == word)
                {
                    check.Add(ValidationRules.RetiredWord, table, i + 1, column, $"'{word}' was retired in data {since}: {instead}; the row is not read");
                }
            }
        }
    }
}
