using System;
using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Validation;

/// <summary>
/// A data package could not be loaded. <see cref="Problems"/> lists every problem found, each with its file, row,
/// column and rule; no partial data set is ever returned.
/// </summary>
public sealed class DataPackageException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="source">What was being loaded (a folder or an archive).</param>
    /// <param name="problems">Every problem found.</param>
    public DataPackageException(string source, ImmutableArray<ValidationProblem> problems)
        : base(Describe(source, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, errors and warnings.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string Describe(string source, ImmutableArray<ValidationProblem> problems)
    {
        var errors = problems.Count(static p => p.Severity == Severity.Error);
        var shown = string.Join("\n", new ValidationReport(problems).InReportOrder.Take(ProblemsInMessage).Select(static p => "  " + p));
        var more = problems.Length > ProblemsInMessage ? $"\n  ... and {problems.Length - ProblemsInMessage} more (see Problems)" : string.Empty;
        return $"The data package {source} has {errors} error{(errors == 1 ? string.Empty : "s")}:\n{shown}{more}";
    }
}
