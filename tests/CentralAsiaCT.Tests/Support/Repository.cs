using System.IO;
using CentralAsiaCT.DataCompiler;

namespace CentralAsiaCT.Tests.Support;

/// <summary>Paths of the checkout the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } =
        RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests must run inside a checkout (CentralAsiaCT.sln not found).");

    public static string Data => Path.Combine(Root, "data");

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);
}
