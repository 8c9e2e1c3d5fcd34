using System.Diagnostics;

namespace Lounb.Learning.Tests;

/// <summary>Runs the built app with a verb (migrate, backup, restore) as a deployment does: Production, SQLite in a given folder.</summary>
public static class HostVerb
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataDirectory, params string[] args)
    {
        var host = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [host, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(host)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Lounb__Database__Provider"] = "Sqlite";
        start.Environment["Lounb__Database__DataDirectory"] = dataDirectory;
        start.Environment["Lounb__Email__OutboxDirectory"] = Path.Combine(dataDirectory, "outbox");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
