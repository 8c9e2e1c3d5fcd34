using System.Collections;
using System.Data.Common;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>
/// An export table's rows as a forward-only data reader (what MiniExcel streams fastest): each <see cref="Read"/> takes
/// the next row of <see cref="ExportTable.Rows"/> (waiting for the database stream where it must: the job runs on a
/// worker thread), reports the progress every <see cref="Domain.ExportLimits.ProgressEvery"/> rows and honours the
/// cancellation. Columns are named <c>c0</c>, <c>c1</c>… (<see cref="Key"/>); the headers come from the workbook's columns.
/// </summary>
internal sealed class ExportRowReader(ExportTable table, Action<int> progress, CancellationToken ct) : DbDataReader
{
    private readonly IEnumerator<object?[]> _rows = table.Rows.ToBlockingEnumerable(ct).GetEnumerator();
    private readonly int _fieldCount = table.Columns.Count;
    private object?[] _row = [];
    private int _read;
    private bool _closed;

    /// <summary>The name of column <paramref name="ordinal"/>.</summary>
    public static string Key(int ordinal) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{ordinal}");

    public override int FieldCount => _fieldCount;

    public override int Depth => 0;

    public override bool HasRows => true;

    public override bool IsClosed => _closed;

    public override int RecordsAffected => -1;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        ct.ThrowIfCancellationRequested();
        if (!_rows.MoveNext())
        {
            return false;
        }

        _row = _rows.Current;
        if (++_read % Domain.ExportLimits.ProgressEvery == 0)
        {
            progress(_read);
        }

        return true;
    }

    /// <summary>The cell, or <see cref="DBNull"/> for an empty one (a short row is padded with empty cells).</summary>
    public override object GetValue(int ordinal) => ordinal < _row.Length && _row[ordinal] is { } value ? value : DBNull.Value;

    public override string GetName(int ordinal) => Key(ordinal);

    public override int GetOrdinal(string name) =>
        Enumerable.Range(0, _fieldCount).FirstOrDefault(i => Key(i) == name, -1) is var ordinal and >= 0 ? ordinal : throw new ArgumentOutOfRangeException(nameof(name), name, null);

    public override bool IsDBNull(int ordinal) => GetValue(ordinal) is DBNull;

    public override Type GetFieldType(int ordinal) => typeof(object);

    public override string GetDataTypeName(int ordinal) => nameof(Object);

    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, _fieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override bool GetBoolean(int ordinal) => (bool)GetValue(ordinal);

    public override byte GetByte(int ordinal) => (byte)GetValue(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => (char)GetValue(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);

    public override decimal GetDecimal(int ordinal) => (decimal)GetValue(ordinal);

    public override double GetDouble(int ordinal) => (double)GetValue(ordinal);

    public override float GetFloat(int ordinal) => (float)GetValue(ordinal);

    public override Guid GetGuid(int ordinal) => (Guid)GetValue(ordinal);

    public override short GetInt16(int ordinal) => (short)GetValue(ordinal);

    public override int GetInt32(int ordinal) => (int)GetValue(ordinal);

    public override long GetInt64(int ordinal) => (long)GetValue(ordinal);

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    public override bool NextResult() => false;

    public override void Close()
    {
        if (!_closed)
        {
            _closed = true;
            _rows.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }
}
