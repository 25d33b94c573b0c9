namespace CentralAsiaCT.Packaging;

/// <summary>The descriptive properties of a data package that the model exposes.</summary>
internal sealed record PackageMetadata(string Name, string Title, string Version, string Created, string License);
