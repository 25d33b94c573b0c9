namespace CentralAsiaCT;

/// <summary>How every message of the library quotes what a caller gave it: whole up to 80 characters, cut beyond.</summary>
internal static class Quoted
{
    public const int MaxLength = 80;

    /// <summary>The input, or its first 80 characters and its length, so that a megabyte in never makes a megabyte out.</summary>
    public static string Input(string input) =>
        input.Length <= MaxLength ? input : string.Concat(input.Substring(0, MaxLength), $"… ({input.Length} characters)");
}
