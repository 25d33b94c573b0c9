using System;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// A file of a package that exists but is not read: a link that leads outside the package folder, a file the system
/// cannot read, an archive entry that is corrupt. The reader turns it into a problem under <see cref="Rule"/>.
/// </summary>
internal sealed class PackageFileRefusedException(ValidationRule rule, string message) : Exception(message)
{
    public ValidationRule Rule { get; } = rule;
}
