using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Validation;

/// <summary>Every problem found in a data package; validation never stops at the first one.</summary>
/// <param name="Problems">The problems, in the order they were found: files first, then tables, then the rules of the domain.</param>
public sealed record ValidationReport(ImmutableArray<ValidationProblem> Problems)
{
    /// <summary>Whether the package has no error (it may have warnings).</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>The problems of severity <see cref="Severity.Error"/>.</summary>
    public ImmutableArray<ValidationProblem> Errors => Problems.Where(static p => p.Severity == Severity.Error).ToImmutableArray();

    /// <summary>The problems of severity <see cref="Severity.Warning"/>.</summary>
    public ImmutableArray<ValidationProblem> Warnings => Problems.Where(static p => p.Severity == Severity.Warning).ToImmutableArray();

    /// <summary>The notices of <see cref="Severity.Notice"/>: what could not be checked because of a problem reported beside it.</summary>
    public ImmutableArray<ValidationProblem> Notices => Problems.Where(static p => p.Severity == Severity.Notice).ToImmutableArray();

    /// <summary>The problems as a report lists them: the errors, then the warnings, then the notices, each in the order
    /// they were found.</summary>
    public ImmutableArray<ValidationProblem> InReportOrder => [.. Errors, .. Warnings, .. Notices];

    /// <summary>One line per problem (errors, then warnings, then notices), or a line saying there is none.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString() =>
        Problems.IsEmpty ? "No problem found." : string.Join("\n", InReportOrder.Select(static p => p.ToString()));
}
