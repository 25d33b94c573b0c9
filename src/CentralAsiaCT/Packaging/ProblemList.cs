using System.Collections.Immutable;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>Collects the problems of one validation; bounded, so that a hostile file cannot make the report huge.</summary>
internal sealed class ProblemList
{
    public const int MaxProblems = 1000;

    private readonly ImmutableArray<ValidationProblem>.Builder _problems = ImmutableArray.CreateBuilder<ValidationProblem>();
    private bool _truncated;

    public bool HasErrors { get; private set; }

    public int Count => _problems.Count;

    /// <summary>Whether the report is full: a problem added now is counted, not listed.</summary>
    public bool IsFull => _problems.Count >= MaxProblems;

    public void Add(ValidationRule rule, string message, string? file = null, int? row = null, string? column = null, string? entityId = null)
    {
        HasErrors |= rule.Severity == Severity.Error;
        if (_problems.Count < MaxProblems)
        {
            // File, column and entity come from the package as they are: quoted here, once for every rule. A message
            // quotes its own inputs; the cut at Quoted.MaxMessage is the backstop for one that quotes several.
            _problems.Add(new ValidationProblem(rule.Id, rule.Severity, Quoted.Message(message), Q(file), row, Q(column), Q(entityId)));
        }
        else
        {
            _truncated = true;
        }
    }

    private static string? Q(string? input) => input is null ? null : Quoted.Input(input);

    public ImmutableArray<ValidationProblem> ToImmutable()
    {
        if (_truncated)
        {
            var copy = _problems.ToImmutable();
            var rule = ValidationRules.TooManyProblems;
            return copy.Add(new ValidationProblem(rule.Id, rule.Severity, $"more than {MaxProblems} problems; the rest are not listed", null, null, null, null));
        }

        return _problems.ToImmutable();
    }
}
