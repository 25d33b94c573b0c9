using System.Linq;

namespace CentralAsiaCT.Validation;

/// <summary>ISO: the codes of a state are well formed and look like the codes of one state.</summary>
internal static class IsoRules
{
    public static void Check(PackageCheck check)
    {
        foreach (var row in check.Rows("states", ValidationRules.IsoFormat, "alpha2", "alpha3", "numeric", "m49"))
        {
            var alpha2 = row["alpha2"];
            var alpha3 = row["alpha3"];
            var ok = true;
            foreach (var (column, length, letters) in new[] { ("alpha2", 2, true), ("alpha3", 3, true), ("numeric", 3, false), ("m49", 3, false) })
            {
                var value = row[column];
                if (value.Length != length || !value.All(c => letters ? c is >= 'A' and <= 'Z' : c is >= '0' and <= '9'))
                {
                    ok = false;
                    check.Add(ValidationRules.IsoFormat, "states", row.Number, column, $"'{Quoted.Input(value)}' is not {length} {(letters ? "capital letters" : "digits")}", alpha3);
                }
            }

            if (ok && (alpha2[0] != alpha3[0] || row["numeric"] != row["m49"]))
            {
                check.Add(ValidationRules.IsoConsistency, "states", row.Number, "alpha2", $"{alpha2}, {alpha3}, {row["numeric"]} and M49 {row["m49"]} do not look like the codes of one state", alpha3);
            }
        }
    }
}
