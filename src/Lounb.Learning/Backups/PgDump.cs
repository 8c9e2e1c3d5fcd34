using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace Lounb.Learning.Backups;

/// <summary>A backup step that failed for a reason an administrator can act on; the message is Ukrainian and shown as is.</summary>
internal sealed class BackupFailedException(string message) : Exception(message);

/// <summary>
/// Runs <c>pg_dump --format=custom --no-owner</c> (as deploy/postgres-backup.sh does) into a file. The connection is passed
/// through PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD in the child's environment: the password never appears on a
/// command line (visible to every user in <c>ps</c>) or in a log.
/// </summary>
internal sealed class PgDump(string program)
{
    /// <summary>The configured program, else the newest /usr/lib/postgresql/*/bin/pg_dump, else pg_dump on PATH.</summary>
    public static PgDump Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PgDump(configured);
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(System.IO.Path.GetFileName(d), out var v) ? v : 0, Program: System.IO.Path.Combine(d, "bin", "pg_dump")))
                .Where(p => File.Exists(p.Program)).OrderByDescending(p => p.Version).Select(p => p.Program).FirstOrDefault()
            : null;
        return new PgDump(installed ?? "pg_dump");
    }

    public string Program => program;

    /// <summary>The environment that connects pg_dump to the database of <paramref name="connectionString"/>.</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentFor(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PGHOST"] = settings.Host ?? "localhost",
            ["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGDATABASE"] = settings.Database ?? "",
            ["PGAPPNAME"] = "lounb-backup",
            ["PGSSLMODE"] = settings.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
        };
        if (!string.IsNullOrEmpty(settings.Username))
        {
            environment["PGUSER"] = settings.Username;
        }

        if (!string.IsNullOrEmpty(settings.Password))
        {
            environment["PGPASSWORD"] = settings.Password;
        }

        return environment;
    }

    public async Task DumpAsync(string connectionString, string file, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add("--format=custom");
        start.ArgumentList.Add("--no-owner");
        start.ArgumentList.Add("--no-password"); // never wait for a password prompt
        start.ArgumentList.Add($"--file={file}");
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name); // only the app's own database, whatever the server's environment says
        }

        foreach (var (name, value) in EnvironmentFor(connectionString))
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupFailedException($"Не вдалося запустити pg_dump ({program}).");
        }
        catch (Win32Exception e)
        {
            throw new BackupFailedException($"Не вдалося запустити pg_dump ({program}): {e.Message}. Установіть клієнт PostgreSQL або вкажіть Lounb:Backup:PgDumpPath.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(ct);
            var output = process.StandardOutput.ReadToEndAsync(ct);
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var text = (await errors).Trim();
            await output;
            if (process.ExitCode != 0)
            {
                text = text.Length > 600 ? text[^600..] : text;
                throw new BackupFailedException($"pg_dump завершився з кодом {process.ExitCode}: {text}");
            }
        }
    }
}
