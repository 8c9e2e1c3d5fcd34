using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>With demo data: the library's programs from Seed/Programs/*.md, published, each with an open run.</summary>
internal sealed class CoursesSeeder(LounbDbContext db, SeedContext seed, MarkdownRenderer markdown, LocalTime localTime, TimeProvider time, CoursesDemoYear demoYear)
{
    private const string ResourcePrefix = "Lounb.Modules.Courses.Seed.Programs.";

    public async Task SeedAsync(CancellationToken ct)
    {
        // Courses saved before sort keys existed get theirs (a save recomputes the key).
        foreach (var course in await db.Set<Course>().Where(c => c.SortKey == "").ToListAsync(ct))
        {
            db.Entry(course).State = EntityState.Modified;
        }

        await db.SaveChangesAsync(ct);
        if (!seed.IncludeDemoData)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = localTime.DateOf(now);
        foreach (var program in LoadPrograms())
        {
            if (await db.Set<Course>().AnyAsync(c => c.Slug == program.Slug, ct))
            {
                continue;
            }

            var course = await CreateCourseAsync(program, now, ct);
            var run = new CourseRun(course.Id, RunTitle(program), today.AddDays(-7), today.AddDays(program.Format == CourseFormat.SelfPaced ? 180 : 90))
            {
                Capacity = program.Audience == Audience.Children ? 20 : 30,
                Mode = program.Slug == "inclusion-trainings" ? EnrolmentMode.Approval : EnrolmentMode.Open,
                State = RunState.Published,
            };
            db.Add(run);
            await db.SaveChangesAsync(ct);
        }

        await demoYear.SeedAsync(today, ct);
    }

    private static string RunTitle(ProgramFile program) => program.Slug == "code-club-luhansk"
        ? "Code Club Луганщина — осінній семестр"
        : $"{program.Title} — набір 2026/2027";

    private async Task<Course> CreateCourseAsync(ProgramFile program, DateTime now, CancellationToken ct)
    {
        var department = program.Department is null ? null
            : await db.Departments.Where(d => d.Abbreviation == program.Department).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        var course = new Course(program.Slug, program.Title, ownerOblastCode: null, now)
        {
            Summary = program.Summary,
            Audience = program.Audience,
            Format = program.Format,
            Hours = program.Hours,
            Topics = program.Topics,
            DepartmentId = department,
        };
        var sectionPosition = 0;
        foreach (var programSection in program.Sections)
        {
            var section = new Section(course.Id, programSection.Title, ++sectionPosition);
            var lessonPosition = 0;
            foreach (var programLesson in programSection.Lessons)
            {
                section.Lessons.Add(new Lesson(course.Id, section.Id, programLesson.Kind, programLesson.Title, ++lessonPosition)
                {
                    IsRequired = programLesson.IsRequired,
                    Url = programLesson.Url,
                    BodyMarkdown = programLesson.Body,
                    BodyHtml = markdown.ToSafeHtml(programLesson.Body),
                    UpdatedAt = now,
                });
            }

            course.Sections.Add(section);
        }

        course.Publish(now);
        db.Add(course);
        await db.SaveChangesAsync(ct);
        return course;
    }

    internal static IEnumerable<ProgramFile> LoadPrograms()
    {
        var assembly = typeof(CoursesSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var slug = name[ResourcePrefix.Length..^".md".Length];
            var parsed = ProgramFileParser.Parse(slug, reader.ReadToEnd());
            yield return parsed.Succeeded(out var program, out var error) ? program : throw new InvalidOperationException(error.Message);
        }
    }
}
