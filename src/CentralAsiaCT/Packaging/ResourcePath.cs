using System;
using System.Globalization;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// The text check of a resource path, made before any file call: a path is a plain file name that every operating
/// system can open as it is, so that a descriptor can neither reach outside its package nor make a file call throw.
/// </summary>
internal static class ResourcePath
{
    /// <summary>Linux and Windows both refuse file names over 255 (bytes there, UTF-16 units here).</summary>
    public const int MaxLength = 255;

    // Windows opens a device, not a file, under these names, whatever their extension.
    private static readonly string[] ReservedNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];

    /// <summary>Why <paramref name="path"/> is refused, or <see langword="null"/> when it is a plain file name.</summary>
    public static string? Refusal(string path)
    {
        if (path.Length == 0)
        {
            return "is empty";
        }

        if (path.Length > MaxLength)
        {
            return $"is {path.Length} characters long; a file name has at most {MaxLength}";
        }

        foreach (var c in path)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return $"holds the control or format character U+{(int)c:X4}";
            }

            if (c is '/' or '\\' or ':')
            {
                return $"holds '{c}': a resource is a file of the package folder itself, named without a folder, a drive or an absolute path";
            }

            if (c is '<' or '>' or '"' or '|' or '?' or '*')
            {
                return $"holds '{c}', which Windows refuses in a file name";
            }
        }

        if (path[0] == '.' || path[0] == ' ')
        {
            return "starts with a dot or a space (a hidden file, or a way out of the folder)";
        }

        if (path[path.Length - 1] is '.' or ' ')
        {
            return "ends with a dot or a space, which Windows drops";
        }

        var dot = path.IndexOf('.');
        var stem = dot < 0 ? path : path.Substring(0, dot);
        if (Array.Exists(ReservedNames, n => string.Equals(n, stem.TrimEnd(' '), StringComparison.OrdinalIgnoreCase)))
        {
            return $"is named after the Windows device {stem.ToUpperInvariant()}";
        }

        return null;
    }
}
