using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Courses.Domain;

/// <summary>A program of the library: sections of ordered lessons, taught in runs.</summary>
internal sealed class Course : IHasSearchText
{
    public Course(string slug, string title, string? ownerOblastCode, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Slug = slug;
        Title = title;
        OwnerOblastCode = ownerOblastCode;
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>For EF Core materialisation.</summary>
    private Course()
    {
        Slug = Title = "";
    }

    public Guid Id { get; private set; }

    public string Slug { get; set; }

    public string Title { get; set; }

    public string Summary { get; set; } = "";

    public Audience Audience { get; set; }

    public CourseFormat Format { get; set; }

    /// <summary>Professional-development hours credited on completion.</summary>
    public int Hours { get; set; }

    /// <summary>Topics as entered, comma-separated ("медіаграмотність, фактчекінг").</summary>
    public string Topics { get; set; } = "";

    public string? CoverImageKey { get; set; }

    public Guid? DepartmentId { get; set; }

    /// <summary>The oblast whose staff own the course; null for a national course.</summary>
    public string? OwnerOblastCode { get; private set; }

    public CourseStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; private set; }

    public string SearchText { get; private set; } = "";

    public List<Section> Sections { get; } = [];

    public List<CoursePrerequisite> Prerequisites { get; } = [];

    public IEnumerable<string> TopicList => Topics.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The title as <see cref="UkrainianSort"/> orders it; the catalog sorts by it.</summary>
    public string SortKey { get; private set; } = "";

    public void RefreshSearchText()
    {
        SearchText = Core.Text.SearchText.Normalize($"{Title} {Summary} {Topics}");
        SortKey = UkrainianSort.Key(Title);
    }

    public void Publish(DateTime now)
    {
        Status = CourseStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    public void Archive(DateTime now)
    {
        Status = CourseStatus.Archived;
        UpdatedAt = now;
    }

    public void ReturnToDraft(DateTime now)
    {
        Status = CourseStatus.Draft;
        UpdatedAt = now;
    }
}

internal sealed class CoursePrerequisite
{
    public Guid CourseId { get; set; }

    public Guid RequiredCourseId { get; set; }
}

internal sealed class Section
{
    public Section(Guid courseId, string title, int position)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        Title = title;
        Position = position;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string Title { get; set; }

    public int Position { get; set; }

    public List<Lesson> Lessons { get; } = [];
}

/// <summary>
/// One step of a course. Built-in kinds are text, video, file and external; other modules add kinds (quiz, live session)
/// through <see cref="Contracts.ILessonKind"/>. A removed lesson is hidden, never deleted, so learners' progress survives edits.
/// </summary>
internal sealed class Lesson
{
    public Lesson(Guid courseId, Guid sectionId, string kind, string title, int position)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        SectionId = sectionId;
        Kind = kind;
        Title = title;
        Position = position;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid SectionId { get; set; }

    public string Kind { get; private set; }

    public string Title { get; set; }

    public int Position { get; set; }

    /// <summary>Counts toward completion of the course.</summary>
    public bool IsRequired { get; set; } = true;

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    /// <summary>Video or external resource address.</summary>
    public string? Url { get; set; }

    public string? FileKey { get; set; }

    public string? FileName { get; set; }

    public string? FileContentType { get; set; }

    /// <summary>What an extension kind points at (a quiz id, a live session id), opaque to Courses.</summary>
    public string? ExtensionRef { get; set; }

    public bool IsRemoved { get; set; }

    public DateTime UpdatedAt { get; set; }
}
