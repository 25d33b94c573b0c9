namespace CentralAsiaCT.Validation;

/// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
public enum Severity
{
    /// <summary>Worth a look, but the data set is sound: loading goes on.</summary>
    Warning = 1,

    /// <summary>The data set is not sound: loading fails.</summary>
    Error = 2,
}
