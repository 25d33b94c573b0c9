// Only Sylvan's writer, on netstandard2.0, needs a table seen as a data reader.
#if !NET
using System;
using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;
using System.Linq;

namespace CentralAsiaCT.Packaging;

/// <summary>A <see cref="Table"/> seen as a data reader of text columns, so that the CSV library can write it.</summary>
internal sealed class TableDataReader(Table table) : DbDataReader, IDbColumnSchemaGenerator
{
    private int _row = -1;

    public override int FieldCount => table.Columns.Length;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int RecordsAffected => -1;

    public override bool HasRows => !table.Rows.IsEmpty;

    public override bool IsClosed => false;

    public override int Depth => 0;

    public override bool Read() => ++_row < table.Rows.Length;

    public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        new(table.Columns.Select(static (name, ordinal) => (DbColumn)new TextColumn(name, ordinal)).ToList());

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => table.Columns[ordinal];

    public override int GetOrdinal(string name) => table.IndexOf(name);

    public override string GetDataTypeName(int ordinal) => "string";

#if NET
    [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(
        System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields | System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
    public override Type GetFieldType(int ordinal) => typeof(string);

    public override string GetString(int ordinal) => table.Rows[_row][ordinal];

    public override object GetValue(int ordinal) => GetString(ordinal);

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetString(i);
        }

        return count;
    }

    public override bool IsDBNull(int ordinal) => false;

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public override bool GetBoolean(int ordinal) => throw new NotSupportedException();

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override double GetDouble(int ordinal) => throw new NotSupportedException();

    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    public override int GetInt32(int ordinal) => throw new NotSupportedException();

    public override long GetInt64(int ordinal) => throw new NotSupportedException();
}
#endif
