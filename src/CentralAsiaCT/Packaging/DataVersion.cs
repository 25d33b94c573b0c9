using System;
using System.Globalization;

namespace CentralAsiaCT.Packaging;

/// <summary>A data version, MAJOR.MINOR.PATCH (a pre-release or build suffix is not compared).</summary>
internal readonly record struct DataVersion(int Major, int Minor, int Patch) : IComparable<DataVersion>
{
    // A number of a semantic version: digits, and no leading zero (01 is no version number).
    public static DataVersion? Parse(string text)
    {
        var core = text.Split('-', '+')[0].Split('.');
        return core.Length == 3 && Array.TrueForAll(core, static n => n.Length > 0 && (n.Length == 1 || n[0] != '0'))
            && int.TryParse(core[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(core[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && int.TryParse(core[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch)
            ? new DataVersion(major, minor, patch)
            : null;
    }

    public int CompareTo(DataVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);
}
