namespace CentralAsiaCT.Validation;

/// <summary>ERR001: an erratum says what the source claimed, what the data takes, and why.</summary>
internal static class ErratumRules
{
    private static readonly string[] Said = ["claim", "taken", "evidence"];

    public static void Check(PackageCheck check)
    {
        foreach (var row in check.Rows("errata", ValidationRules.Erratum, "id", "entity_id", "claim", "taken", "evidence"))
        {
            foreach (var column in Said)
            {
                if (row[column].Trim().Length == 0)
                {
                    check.Add(ValidationRules.Erratum, "errata", row.Number, column, $"erratum {Quoted.Input(row["id"])} does not say its {column}", row["entity_id"]);
                }
            }
        }
    }
}
