namespace CentralAsiaCT.Validation;

/// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
public enum Severity
{
    /// <summary>Not a problem of the data: what validation could not check, and why (a problem reported beside it).</summary>
    Notice = 0,

    /// <summary>Worth a look, but the data set is sound: loading goes on.</summary>
    Warning = 1,

    /// <summary>The data set is not sound: loading fails.</summary>
    Error = 2,
}
