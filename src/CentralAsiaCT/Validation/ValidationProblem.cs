namespace CentralAsiaCT.Validation;

/// <summary>One problem found in a data package: which rule it breaks, where, and what is wrong.</summary>
/// <param name="RuleId">The stable ID of the rule, for example <c>REF001</c>; see <see cref="ValidationRules"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="File">The file of the package, for example <c>names.csv</c>, when the problem lies in one.</param>
/// <param name="Row">The 1-based number of the data row (the header not counted), when the problem lies in one.</param>
/// <param name="Column">The column, when the problem lies in one.</param>
/// <param name="EntityId">The entity concerned, when there is one.</param>
public sealed record ValidationProblem(string RuleId, Severity Severity, string Message, string? File, int? Row, string? Column, string? EntityId)
{
    /// <inheritdoc />
    public override string ToString()
    {
        // Rows count the data rows (row 1 is the file's second line); row 0 is the header (N4).
        var row = Row == 0 ? "header" : EntityId is null ? $"row {Row}" : $"row {Row} ({EntityId})";
        var where = File is null ? string.Empty : Row is null ? $"{File}: " : Column is null ? $"{File}, {row}: " : $"{File}, {row}, column '{Column}': ";
        return $"{RuleId} {Severity.ToString().ToLowerInvariant()}: {where}{Message}";
    }
}
