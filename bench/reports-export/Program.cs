using System.Diagnostics;
using System.Globalization;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Domain;

// Writes the learners × course runs progress list of N rows (default 100,000) to a file as the export worker does
// (ExportFiles.WriteAsync: a streamed workbook from 10,000 rows, or CSV), with rows produced one by one as the
// database stream hands them over, and prints per format: the median and slowest wall time of BENCH_RUNS runs (default
// 3, after one warm-up), the file size, and the peak growth of the process's resident memory over its level at rest.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), out var r) ? r : 3;

await MeasureAsync(ExportFormat.Xlsx);
await MeasureAsync(ExportFormat.Csv);

async Task MeasureAsync(ExportFormat format)
{
    var path = Path.Combine(Path.GetTempPath(), $"reports-export-bench-{Guid.NewGuid():N}.{ExportFiles.Extension(format)}");
    try
    {
        await WriteAsync(format, path); // warm-up: JIT
        var times = new List<double>();
        long peakGrowth = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var atRest = CurrentRss();
            using var sampler = new RssSampler();
            var watch = Stopwatch.StartNew();
            await WriteAsync(format, path);
            times.Add(watch.Elapsed.TotalMilliseconds);
            peakGrowth = Math.Max(peakGrowth, sampler.Stop() - atRest);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format.ToString().ToLowerInvariant()}\t{rows}\t{times[times.Count / 2]:0}\t{times[^1]:0}\t{new FileInfo(path).Length}\t{peakGrowth / 1024 / 1024}"));
    }
    finally
    {
        File.Delete(path);
    }
}

async Task WriteAsync(ExportFormat format, string path)
{
    await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
    await ExportFiles.WriteAsync(file, format, new ExportTable("Поступ слухачів курсів", LearnerProgressExport.Columns, rows, Learners.Rows(rows)), _ => { }, CancellationToken.None);
}

static long CurrentRss() => Process.GetCurrentProcess().WorkingSet64;

/// <summary>The learners × runs rows as the database stream yields them: names, oblasts, libraries, courses of the library's programmes.</summary>
internal static class Learners
{
    private static readonly string[] Surnames = ["Савченко", "Бондаренко", "Коваленко", "Шевчук", "Ґудзь", "Їжакевич", "Бойко", "Ткаченко", "Мельник", "Кравчук"];
    private static readonly string[] Given = ["Тетяна Іванівна", "Марія Петрівна", "Олена Василівна", "Ярина Степанівна", "Євген Олегович"];
    private static readonly string[] Courses = ["Code Club: Scratch для початківців", "«Йой: бадьора українська»", "Медіаграмотність для бібліотекарів", "Цифрові навички: послуги Дії"];
    private static readonly string[] Oblasts = ["Луганська область", "Черкаська область", "Харківська область", "Донецька область"];

    /// <summary>One array reused for every row, as <c>LearnerProgressExport</c> hands its rows over.</summary>
    public static async IAsyncEnumerable<object?[]> Rows(int count)
    {
        var start = new DateTime(2026, 1, 12, 10, 30, 0);
        var cells = new object?[10];
        for (var i = 0; i < count; i++)
        {
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }

            var done = i % 3 == 0;
            cells[0] = $"{Surnames[i % Surnames.Length]} {Given[i % Given.Length]}";
            cells[1] = Oblasts[i % Oblasts.Length];
            cells[2] = $"Громада {i % 120}";
            cells[3] = $"Публічна бібліотека № {i % 600}";
            cells[4] = Courses[i % Courses.Length];
            cells[5] = "Весна 2026";
            cells[6] = done ? "завершив(-ла)" : "навчається";
            cells[7] = i % 12;
            cells[8] = start.AddMinutes(i);
            cells[9] = done ? start.AddDays(30).AddMinutes(i) : null;
            yield return cells;
        }
    }
}

/// <summary>Samples the process's resident memory every 20 ms until stopped; returns the highest seen.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<long> _sampling;

    public RssSampler() => _sampling = Task.Run(async () =>
    {
        long peak = 0;
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        process.Refresh();
        return Math.Max(peak, process.WorkingSet64);
    });

    public long Stop()
    {
        _stop.Cancel();
        return _sampling.GetAwaiter().GetResult();
    }

    public void Dispose() => _stop.Dispose();
}
