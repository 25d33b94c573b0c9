namespace CentralAsiaCT.Cli;

/// <summary>How a command writes its table.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned plain text for a terminal.</summary>
    Table,

    /// <summary>One JSON object: title, columns, rows.</summary>
    Json,

    /// <summary>CSV with a heading row.</summary>
    Csv,

    /// <summary>GitHub-flavoured Markdown.</summary>
    Md,

    /// <summary>An HTML table.</summary>
    Html,
}
