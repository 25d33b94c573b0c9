using System;
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

    /// <summary>Names the entity a data row is about (the file as the descriptor gives it, the 1-based row), once the
    /// tables are read: a problem found in a row then says which entity it concerns (N4: 10 of 12 did not).</summary>
    public Func<string, int, string?>? EntityOfRow { get; set; }

    public int Count => _problems.Count;

    /// <summary>Whether the report is full: a problem added now is counted, not listed.</summary>
    public bool IsFull => _problems.Count >= MaxProblems;

    public void Add(ValidationRule rule, string message, string? file = null, int? row = null, string? column = null, string? entityId = null, Severity? severity = null)
    {
        var told = severity ?? rule.Severity;
        HasErrors |= told == Severity.Error;
        if (_problems.Count < MaxProblems)
        {
            // File, column and entity come from the package as they are: quoted here, once for every rule. A message
            // quotes its own inputs; the cut at Quoted.MaxMessage is the backstop for one that quotes several.
            _problems.Add(new ValidationProblem(rule.Id, told, Quoted.Message(message), Q(file), row, Q(column), Q(entityId)));
        }
        else
        {
            _truncated = true;
        }
    }

    private static string? Q(string? input) => input is null ? null : Quoted.Input(input);

    public ImmutableArray<ValidationProblem> ToImmutable()
    {
        if (EntityOfRow is { } entityOf)
        {
            for (var i = 0; i < _problems.Count; i++)
            {
                if (_problems[i] is { EntityId: null, File: { } file, Row: > 0 and var row } problem && entityOf(file, row) is { Length: > 0 } id)
                {
                    _problems[i] = problem with { EntityId = Q(id) };
                }
            }
        }

        if (_truncated)
        {
            var copy = _problems.ToImmutable();
            var rule = ValidationRules.TooManyProblems;
            return copy.Add(new ValidationProblem(rule.Id, rule.Severity, $"more than {MaxProblems} problems; the rest are not listed", null, null, null, null));
        }

        return _problems.ToImmutable();
    }
}
