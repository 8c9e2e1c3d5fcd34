using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>Every table's rows as text, to prove that refused requests changed nothing.</summary>
public static class DatabaseSnapshot
{
    /// <summary>Tables written by background workers or by the sign-in itself, not by the requests under test.</summary>
    private static readonly HashSet<string> Restless = new(StringComparer.Ordinal) { "webinars_live_node", "webinars_live_connection" };

    public static Task<Dictionary<string, string>> TakeAsync(LounbAppFactory app) =>
        app.WithDbAsync(async db =>
        {
            var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
                .Where(t => !Restless.Contains(t)).Distinct().Order(StringComparer.Ordinal).ToList();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var row = new StringBuilder();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                    }

                    rows.Add(row.ToString());
                }

                snapshot[table] = string.Join("\n", rows.Order(StringComparer.Ordinal));
            }

            return snapshot;
        });

    /// <summary>The tables whose rows differ between two snapshots.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Where(t => before[t] != after.GetValueOrDefault(t)).ToList();
}
