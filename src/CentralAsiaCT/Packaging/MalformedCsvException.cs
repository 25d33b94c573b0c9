using System;

namespace CentralAsiaCT.Packaging;

/// <summary>CSV text that breaks RFC 4180 or the record size limit, as the reader of either target reports it.</summary>
internal sealed class MalformedCsvException : Exception
{
    public MalformedCsvException(bool recordTooLarge, string detail, int record, int fieldOrdinal)
        : base(detail)
    {
        RecordTooLarge = recordTooLarge;
        Record = record;
        FieldOrdinal = fieldOrdinal;
    }

    public MalformedCsvException()
    {
    }

    public MalformedCsvException(string message)
        : base(message)
    {
    }

    public MalformedCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A record is longer than the limit (most often an unclosed quote that runs on); otherwise the quotes
    /// break RFC 4180.</summary>
    public bool RecordTooLarge { get; }

    /// <summary>The record (0 is the header) where it went wrong.</summary>
    public int Record { get; }

    /// <summary>The cell of that record, or -1.</summary>
    public int FieldOrdinal { get; }
}
