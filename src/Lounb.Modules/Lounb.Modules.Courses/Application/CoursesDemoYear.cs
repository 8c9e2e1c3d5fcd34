using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>
/// The demo year of learning (development only): the demo people (<c>demo.osoba.*@lounb.demo</c>, seeded by the host)
/// enrol in the demo courses through a past run of each, on days spread over the last twelve months, finish lessons and
/// many complete. Deterministic (a fixed seed): the same year on every machine. Written as history (dated rows, no
/// events); the Reports module builds its figures from Courses' read contract when it first starts.
/// </summary>
internal sealed class CoursesDemoYear(LounbDbContext db, IPeopleDirectory directory, TimeProvider time)
{
    public const string PastRunTitle = "Навчальний рік (архів)";
    private const int Seed = 2026;

    public async Task SeedAsync(DateOnly today, CancellationToken ct)
    {
        if (await db.Set<CourseRun>().AnyAsync(r => r.Title == PastRunTitle, ct))
        {
            return;
        }

        var people = await directory.People.Where(p => p.Email != null && p.Email.StartsWith("demo.osoba.")).OrderBy(p => p.Email).Select(p => p.Id).ToListAsync(ct);
        var courses = await db.Set<Course>().AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Id).ToListAsync(ct);
        if (people.Count == 0 || courses.Count == 0)
        {
            return;
        }

        var lessons = (await db.Set<Lesson>().AsNoTracking().Where(l => l.IsRequired && !l.IsRemoved).Select(l => new { l.CourseId, l.Id, l.Position }).ToListAsync(ct))
            .GroupBy(l => l.CourseId).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Position).Select(l => l.Id).ToList());
        var runs = courses.ToDictionary(c => c, c => new CourseRun(c, PastRunTitle, today.AddDays(-365), today.AddDays(-1)) { State = RunState.Closed });
        db.AddRange(runs.Values);
        var random = new Random(Seed);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var person in people)
        {
            foreach (var courseId in courses.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
            {
                var run = runs[courseId];
                var enrolledAt = now.AddDays(-random.Next(5, 360)).AddMinutes(-random.Next(600));
                var enrollment = new Enrollment(run.Id, courseId, person, EnrollmentStatus.Active, enrolledAt);
                run.TakeSeat();
                db.Add(enrollment);
                var required = lessons.GetValueOrDefault(courseId) ?? [];
                // About half finish every lesson, a third stop part-way, the rest have not started.
                var roll = random.Next(100);
                var done = roll < 50 ? required.Count : roll < 83 ? random.Next(required.Count + 1) : 0;
                var at = enrolledAt;
                foreach (var lessonId in required.Take(done))
                {
                    at = at.AddDays(random.Next(1, 8)).AddMinutes(random.Next(600));
                    if (at >= now)
                    {
                        done = required.IndexOf(lessonId);
                        break;
                    }

                    db.Add(new LessonProgress(enrollment.Id, lessonId, at));
                }

                enrollment.CompleteIfAllRequiredDone(done, required.Count, at);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
