using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Tests;

public sealed class ProgramFileParserTests
{
    [Fact]
    public void LoadPrograms_EmbeddedSeedFiles_AllNineParseWithRealContent()
    {
        var programs = CoursesSeeder.LoadPrograms().ToList();

        Assert.Equal(9, programs.Count);
        Assert.Contains(programs, p => p.Title == "Йой: бадьора українська");
        Assert.All(programs, p =>
        {
            Assert.InRange(p.Sections.Count, 2, 4);
            Assert.All(p.Sections, s => Assert.InRange(s.Lessons.Count, 2, 4));
            Assert.True(p.Sections.SelectMany(s => s.Lessons).Count(l => l.IsRequired) >= 3, p.Slug);
            Assert.All(p.Sections.SelectMany(s => s.Lessons), l =>
            {
                Assert.Contains(l.Kind, new[] { BuiltInLessonKind.Text, BuiltInLessonKind.External, BuiltInLessonKind.Video });
                Assert.Null(LessonEditingService.CheckUrl(l.Kind, l.Url, hasFile: false));
                Assert.False(string.IsNullOrWhiteSpace(l.Body), $"{p.Slug}: {l.Title}");
            });
        });
    }

    [Fact]
    public void Parse_WellFormedProgram_ReadsMetadataSectionsAndLessons()
    {
        const string text = """
            ---
            title: Тест: перевірка
            summary: Короткий опис.
            audience: Children
            format: Hybrid
            hours: 8
            topics: scratch, безпека
            department: ВІТЕР
            ---

            # Перший розділ

            ## Урок один
            kind: text
            required: true

            Текст **уроку**.

            ### Підзаголовок всередині

            ## Посилання
            kind: external
            required: false
            url: https://scratch.mit.edu/

            Опис ресурсу.

            # Другий розділ

            ## Ще урок
            kind: text
            required: true

            Останній текст.
            """;

        var parsed = ProgramFileParser.Parse("test", text);

        Assert.True(parsed.Succeeded(out var program, out _));
        Assert.Equal("Тест: перевірка", program.Title);
        Assert.Equal(Audience.Children, program.Audience);
        Assert.Equal(CourseFormat.Hybrid, program.Format);
        Assert.Equal(8, program.Hours);
        Assert.Equal("ВІТЕР", program.Department);
        Assert.Equal(["Перший розділ", "Другий розділ"], program.Sections.Select(s => s.Title));
        var first = program.Sections[0].Lessons[0];
        Assert.Equal("Текст **уроку**.\n\n### Підзаголовок всередині", first.Body);
        var link = program.Sections[0].Lessons[1];
        Assert.False(link.IsRequired);
        Assert.Equal("https://scratch.mit.edu/", link.Url);
        Assert.Equal(BuiltInLessonKind.External, link.Kind);
    }

    [Theory]
    [InlineData("title: x\n# Розділ", "немає блоку метаданих", "Courses:ProgramWithoutMetadata")]
    [InlineData("---\ntitle: x\naudience: Adults\n", "не закрито", "Courses:ProgramMetadataNotClosed")]
    [InlineData("---\ntitle: x\naudience: Martians\nformat: Hybrid\nhours: 2\n---\n# Р\n## У\nkind: text\n\nТекст", "потрібні title, audience, format, hours", "Courses:ProgramMetadataIncomplete")]
    [InlineData("---\ntitle: x\naudience: Adults\nformat: Hybrid\nhours: 2\n---\n## Урок без розділу\nkind: text\n\nТекст", "рядок 7: урок поза розділом", "Courses:ProgramLessonOutsideSection")]
    [InlineData("---\ntitle: x\naudience: Adults\nformat: Hybrid\nhours: 2\n---\nпросто текст", "немає жодного розділу", "Courses:ProgramWithoutSections")]
    public void Parse_Malformed_ErrorSaysWhat(string text, string expected, string code)
    {
        var parsed = ProgramFileParser.Parse("bad", text);

        Assert.False(parsed.Succeeded(out _, out var error));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad", error.Message, StringComparison.Ordinal);
        Assert.Equal(code, error.Code);
    }
}
