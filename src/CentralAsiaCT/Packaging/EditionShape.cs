using System.Collections.Generic;
using System.Linq;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// Which editions this library reads (issue 33): those of its major data version. An older minor edition lacks the
/// tables and columns added since (the published descriptor says which, with <c>since</c>), and reads them as empty; a
/// newer minor edition may add tables and columns, which are named in a notice and not read; an edition of another
/// major version is refused in one message. Within those bounds a resource must have the published fields, in order.
/// </summary>
internal static class EditionShape
{
    /// <summary>Checks <paramref name="package"/> against <paramref name="published"/>; false when it cannot be read at
    /// all. Resources whose fields cannot be read as the model's are added to <paramref name="unreadable"/>.</summary>
    public static bool Check(PackageDescriptor package, PackageDescriptor published, ProblemList problems, HashSet<string> unreadable)
    {
        var version = DataVersion.Parse(package.Metadata.Version);
        var ours = DataVersion.Parse(published.Metadata.Version)!.Value;
        if (version is { } v && v.Major != ours.Major)
        {
            problems.Add(ValidationRules.DescriptorShape, $"data {package.Metadata.Version} is of another major version than this library reads ({ours.Major}.x): compare it with ChangesSince or 'centralasia-ct diff' instead", PackageDescriptor.FileName);
            return false;
        }

        var newer = version is { } n && n.CompareTo(ours) > 0;
        foreach (var model in published.Resources)
        {
            var resource = package.Resources.FirstOrDefault(r => r.Name == model.Name);
            if (resource is null)
            {
                if (!AddedAfter(model.Since, version))
                {
                    problems.Add(ValidationRules.DescriptorShape, $"the resource '{model.Name}' is missing", PackageDescriptor.FileName);
                }

                continue;
            }

            // The fields this edition must have (the published ones it is not too old for), each published field it has in
            // the published order, and no other unless the edition is newer.
            var expected = model.Fields.Where(f => !AddedAfter(f.Since, version)).Select(static f => f.Name).ToList();
            var known = resource.FieldNames.Where(f => model.Fields.Any(m => m.Name == f)).ToList();
            var extra = resource.FieldNames.Where(f => model.Fields.All(m => m.Name != f)).ToList();
            if (!known.SequenceEqual(model.FieldNames.Where(known.Contains)) || expected.Any(f => !resource.FieldNames.Contains(f)) || (extra.Count > 0 && !newer))
            {
                problems.Add(ValidationRules.DescriptorShape, $"the resource '{model.Name}' must have the fields {string.Join(",", expected)}", PackageDescriptor.FileName);
                unreadable.Add(resource.Name);
            }
            else if (extra.Count > 0)
            {
                problems.Add(ValidationRules.NotReadNewer, $"data {package.Metadata.Version} is newer than this library's {published.Metadata.Version}: the column{(extra.Count == 1 ? string.Empty : "s")} {string.Join(", ", extra)} of '{model.Name}' {(extra.Count == 1 ? "is" : "are")} not read", PackageDescriptor.FileName);
            }
        }

        if (newer)
        {
            foreach (var resource in package.Resources.Where(r => published.Resources.All(m => m.Name != r.Name)))
            {
                problems.Add(ValidationRules.NotReadNewer, $"data {package.Metadata.Version} is newer than this library's {published.Metadata.Version}: the table '{resource.Name}' is not read", PackageDescriptor.FileName);
            }
        }

        return true;
    }

    // Whether a table or field added in `since` is newer than the edition's version (an edition with no readable version
    // is held to every field).
    private static bool AddedAfter(string? since, DataVersion? version) =>
        since is not null && version is { } v && DataVersion.Parse(since) is { } added && v.CompareTo(added) < 0;
}
