using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// The demo year of testing (development only): most demo people (<c>demo.osoba.*@lounb.demo</c>, seeded by the host)
/// took the demo quiz once or twice on days spread over the last twelve months, graded, with their quiz grade. Written
/// as history (dated rows, no events, no saved answers); deterministic (a fixed seed). Reports builds its figures from
/// Assessments' read contract on its first start.
/// </summary>
internal sealed class AssessmentsDemoYear(LounbDbContext db, IPeopleDirectory directory, SeedContext seed, TimeProvider time)
{
    private const int Seed = 2027;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData)
        {
            return;
        }

        var quiz = await db.Set<Quiz>().AsNoTracking().FirstOrDefaultAsync(q => q.Title == AssessmentsSeeder.DemoQuizTitle, ct);
        var people = await directory.People.Where(p => p.Email != null && p.Email.StartsWith("demo.osoba.")).OrderBy(p => p.Email).Select(p => p.Id).ToListAsync(ct);
        if (quiz is null || people.Count == 0 || await db.Set<Attempt>().AnyAsync(a => a.QuizId == quiz.Id && people.Contains(a.UserId), ct))
        {
            return;
        }

        var random = new Random(Seed);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var person in people.Where(_ => random.Next(100) < 70))
        {
            var grade = new QuizGrade(quiz.Id, person);
            var startedAt = now.AddDays(-random.Next(3, 360)).AddMinutes(-random.Next(600));
            var attempts = 1 + random.Next(2);
            for (var number = 1; number <= attempts; number++)
            {
                var percent = 35m + random.Next(66);
                var attempt = new Attempt(quiz.Id, person, number, startedAt, startedAt.AddMinutes(quiz.TimeLimitMinutes ?? 20), lessonId: null)
                {
                    State = AttemptState.Graded, SubmittedAt = startedAt.AddMinutes(5 + random.Next(14)), MaxScore = 10m, Score = percent / 10m, Percent = percent,
                };
                db.Add(attempt);
                grade.Percent = Math.Max(grade.Percent, percent);
                grade.UpdatedAt = attempt.SubmittedAt.Value;
                if (grade.Percent >= quiz.PassPercent && grade.PassedAt is null)
                {
                    grade.Passed = true;
                    grade.PassedAt = attempt.SubmittedAt;
                }

                startedAt = startedAt.AddDays(1 + random.Next(10));
                if (startedAt >= now)
                {
                    break;
                }
            }

            db.Add(grade);
        }

        await db.SaveChangesAsync(ct);
    }
}
