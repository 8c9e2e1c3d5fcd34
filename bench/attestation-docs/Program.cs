using System.Diagnostics;
using System.Globalization;
using Lounb.Modules.Attestation.Documents;
using Lounb.Modules.Attestation.Domain;

// Builds the protocol (PDF, Excel) and the summary (Excel) of a campaign of N candidates (default 2,000) from data
// already in memory, as AttestationDocumentService hands them over after its reads, and prints the wall time of each:
// after one warm-up, the median and the slowest of BENCH_RUNS runs (default 5), and the size of the file.
var candidates = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), out var r) ? r : 5;
var protocol = Campaign.Of(candidates);

Measure("protocol.xlsx", () => CommissionProtocolWorkbook.Build(protocol));
Measure("summary.xlsx", () => CampaignSummaryWorkbook.Build(protocol.Candidates));
Measure("protocol.pdf", () => CommissionProtocolPdf.Render(protocol));

void Measure(string name, Func<byte[]> build)
{
    var bytes = build().Length; // warm-up: JIT, fonts
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        bytes = build().Length;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{candidates}\t{times[times.Count / 2]:0}\t{times[^1]:0}\t{bytes}"));
}

/// <summary>A campaign of Luhansk: 12 hromadas, 60 libraries, candidates at every step, two thirds decided, some after an appeal.</summary>
internal static class Campaign
{
    private static readonly string[] Surnames = ["Савченко", "Бондаренко", "Коваленко", "Шевчук", "Ґудзь", "Їжакевич", "Бойко", "Ткаченко", "Мельник", "Кравчук"];
    private static readonly string[] Given = ["Тетяна Іванівна", "Марія Петрівна", "Олена Василівна", "Ярина Степанівна", "Євгенія Олегівна"];

    public static CommissionProtocol Of(int count)
    {
        var heading = new CampaignHeading("Атестація бібліотечних працівників деокупованих громад Луганщини", "45-ОД", new DateOnly(2026, 2, 20), "Луганська область", "2/3");
        MemberLine[] members =
        [
            new("Коваленко Ірина Петрівна", CommissionRole.Chair, true), new("Ґудзь Богдан Олегович", CommissionRole.Deputy, true),
            new("Шевчук Олена Василівна", CommissionRole.Secretary, true), new("Їжакевич Євген Іванович", CommissionRole.Member, true),
            new("Бойко Ярина Степанівна", CommissionRole.Member, false),
        ];
        var list = new List<CandidateLine>(count);
        for (var i = 0; i < count; i++)
        {
            var decisions = new List<DecisionLine>();
            if (i % 3 != 0)
            {
                var outcome = (AttestationOutcome)(i % 3);
                ConditionLine[] conditions = outcome == AttestationOutcome.FitWithConditions ? [new("Пройти курс «Закон про бібліотеки»", new DateOnly(2026, 9, 1), false)] : [];
                decisions.Add(new DecisionLine(1, outcome, new DateTime(2026, 3, 10 + (i % 5), 11, 0, 0), 4, 5, 1, 3, 0, false, CategoryRecommendation.Keep, conditions));
                if (i % 17 == 0)
                {
                    decisions.Add(new DecisionLine(2, AttestationOutcome.Fit, new DateTime(2026, 4, 2, 11, 0, 0), 5, 5, 4, 1, 0, false, CategoryRecommendation.Keep, []));
                }
            }

            list.Add(new CandidateLine(Guid.NewGuid(), $"{Surnames[i % Surnames.Length]} {Given[i % Given.Length]} {i:0000}", "провідний бібліотекар",
                $"Публічна бібліотека №{i % 60 + 1}", $"Громада №{i % 12 + 1}", (CandidateStep)(i % 8), 50 + i % 50, true,
                "Знає Закон «Про бібліотеки і бібліотечну справу».", i % 17 == 0 ? "Прошу переглянути." : null, decisions));
        }

        return new CommissionProtocol(heading, members, list, new DateOnly(2026, 3, 10));
    }
}
