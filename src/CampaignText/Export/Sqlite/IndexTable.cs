using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// One table of the index, with the columns of the row type that the CSV and Parquet exports write
/// (<see cref="TableColumns{T}"/>): same names, same order, SQLite types from the property types
/// (whole numbers and flags INTEGER, other numbers REAL, text TEXT; NOT NULL where the property cannot be null).
/// In every table but documents the <c>document</c> column is replaced by <c>doc_id</c>, the stored document's id.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class IndexTable<TRow>
{
    private const string DocumentColumn = "document";

    private readonly int[] _stored;

    /// <summary>Declares a table.</summary>
    /// <param name="name">The table name.</param>
    /// <param name="isDocuments">True for the documents table, which keeps <c>document</c> (unique) and has its own id.</param>
    /// <param name="hasId">True to give the table an <c>id INTEGER PRIMARY KEY</c>.</param>
    /// <param name="extra">Columns of the index alone, after the row's (name and SQL definition).</param>
    public IndexTable(string name, bool isDocuments, bool hasId, params (string Name, string Definition)[] extra)
    {
        Name = name;
        IsDocuments = isDocuments;
        HasId = hasId;
        Extra = extra;
        var names = TableColumns<TRow>.Names;
        _stored = [.. Enumerable.Range(0, names.Length).Where(i => isDocuments || names[i] != DocumentColumn)];
        RowColumns = [.. _stored.Select(i => names[i])];
        Columns = [.. isDocuments ? [] : new[] { "doc_id" }, .. RowColumns, .. extra.Select(static e => e.Name)];
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>Whether this is the documents table.</summary>
    public bool IsDocuments { get; }

    /// <summary>Whether the table has an integer primary key <c>id</c>.</summary>
    public bool HasId { get; }

    /// <summary>The index-only columns after the row's.</summary>
    public IReadOnlyList<(string Name, string Definition)> Extra { get; }

    /// <summary>The row type's columns stored here (all but <c>document</c> outside the documents table).</summary>
    public IReadOnlyList<string> RowColumns { get; }

    /// <summary>Every column written on insert, in order: <c>doc_id</c> (child tables), the row's, then the extra ones.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The CREATE TABLE statement.</summary>
    public string CreateSql()
    {
        var nullability = new NullabilityInfoContext();
        var defs = new List<string>();
        if (HasId) defs.Add("id INTEGER PRIMARY KEY");
        if (!IsDocuments) defs.Add("doc_id INTEGER NOT NULL REFERENCES documents(id)");
        foreach (int i in _stored)
        {
            var p = TableColumns<TRow>.Properties[i];
            var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            string sqlType = type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "REAL"
                : type == typeof(int) || type == typeof(long) || type == typeof(bool) ? "INTEGER"
                : "TEXT";
            bool notNull = p.PropertyType.IsValueType ? Nullable.GetUnderlyingType(p.PropertyType) is null : nullability.Create(p).ReadState == NullabilityState.NotNull;
            string name = TableColumns<TRow>.Names[i];
            defs.Add($"{Quote(name)} {sqlType}{(notNull ? " NOT NULL" : "")}{(IsDocuments && name == DocumentColumn ? " UNIQUE" : "")}");
        }

        defs.AddRange(Extra.Select(static e => $"{Quote(e.Name)} {e.Definition}"));
        return $"CREATE TABLE {Name}({string.Join(", ", defs)});";
    }

    /// <summary>A prepared INSERT of <see cref="Columns"/>, with <c>RETURNING id</c> when the table has one.</summary>
    public SqliteCommand Insert(SqliteConnection db, SqliteTransaction tx)
    {
        var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        var names = string.Join(", ", Columns.Select(Quote));
        var values = string.Join(", ", Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        cmd.CommandText = $"INSERT INTO {Name}({names}) VALUES ({values}){(HasId ? " RETURNING id" : "")}";
        for (int i = 0; i < Columns.Count; i++) cmd.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text);
        return cmd;
    }

    /// <summary>Binds one row (and its document id and extra values) to a command from <see cref="Insert"/>.</summary>
    public void Bind(SqliteCommand cmd, long docId, TRow row, params object?[] extra)
    {
        int at = 0;
        if (!IsDocuments) Set(cmd.Parameters[at++], docId);
        foreach (int i in _stored) Set(cmd.Parameters[at++], TableColumns<TRow>.Value(row, i));
        foreach (var value in extra) Set(cmd.Parameters[at++], value);
    }

    /// <summary>A column name in double quotes (some are SQL keywords: end, from, to).</summary>
    public static string Quote(string column) => "\"" + column + "\"";

    private static void Set(SqliteParameter p, object? value)
    {
        switch (value)
        {
            case null:
                p.SqliteType = SqliteType.Text;
                p.Value = DBNull.Value;
                break;
            case bool b:
                p.SqliteType = SqliteType.Integer;
                p.Value = b ? 1L : 0L;
                break;
            case int n:
                p.SqliteType = SqliteType.Integer;
                p.Value = (long)n;
                break;
            case long n:
                p.SqliteType = SqliteType.Integer;
                p.Value = n;
                break;
            case double v:
                p.SqliteType = SqliteType.Real;
                p.Value = v;
                break;
            case var o:
                p.SqliteType = SqliteType.Text;
                p.Value = o;
                break;
        }
    }
}
