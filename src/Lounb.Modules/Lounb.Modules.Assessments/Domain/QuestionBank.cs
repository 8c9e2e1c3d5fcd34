namespace Lounb.Modules.Assessments.Domain;

/// <summary>A folder of the question bank. Categories nest; the owner may share one with every author.</summary>
internal sealed class QuestionCategory
{
    public QuestionCategory(string name, Guid? parentId, Guid ownerId)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        ParentId = parentId;
        OwnerId = ownerId;
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; set; }

    public string Name { get; set; }

    public string Info { get; set; } = "";

    /// <summary>Moodle's idnumber of the category, kept for round trips; null when it has none.</summary>
    public string? IdNumber { get; set; }

    public Guid OwnerId { get; private set; }

    /// <summary>Visible to and usable by every author, not only the owner.</summary>
    public bool IsShared { get; set; }

    public string SortKey { get; set; } = "";
}

/// <summary>
/// A question's identity in the bank. Its content lives in immutable <see cref="QuestionVersion"/>s: every edit writes a
/// new version, and attempts keep the version they were given.
/// </summary>
internal sealed class Question
{
    public Question(Guid categoryId, Guid ownerId, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        CategoryId = categoryId;
        OwnerId = ownerId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid CategoryId { get; set; }

    public Guid OwnerId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The version new attempts get.</summary>
    public Guid CurrentVersionId { get; set; }

    public int VersionCount { get; set; }

    /// <summary>Comma-separated tags, lower case.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Moodle's idnumber, kept for round trips.</summary>
    public string? IdNumber { get; set; }

    /// <summary>Hidden from the bank and random draws; attempts that used it keep it.</summary>
    public bool IsRemoved { get; set; }

    /// <summary>Name and type of the current version, copied for listing without reading versions.</summary>
    public string Name { get; set; } = "";

    public QuestionType Type { get; set; }

    public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One immutable version of a question: the whole <see cref="QuestionContent"/> as JSON (images in <see cref="QuestionFile"/>).</summary>
internal sealed class QuestionVersion
{
    public QuestionVersion(Guid questionId, int number, QuestionType type, string contentJson, Guid authorId, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        QuestionId = questionId;
        Number = number;
        Type = type;
        ContentJson = contentJson;
        AuthorId = authorId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    public int Number { get; private set; }

    public QuestionType Type { get; private set; }

    public string ContentJson { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}

/// <summary>An image of a question version, referenced from its texts as <c>@@PLUGINFILE@@/name</c>.</summary>
internal sealed class QuestionFile
{
    public QuestionFile(Guid versionId, string name, string contentType, byte[] content)
    {
        VersionId = versionId;
        Name = name;
        ContentType = contentType;
        Content = content;
    }

    public Guid VersionId { get; private set; }

    public string Name { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }
}

internal enum InterchangeFormat
{
    Gift,
    MoodleXml,
}

/// <summary>An uploaded file waiting for the methodologist to confirm its preview; nothing enters the bank before that.</summary>
internal sealed class PendingImport
{
    public PendingImport(Guid ownerId, Guid targetCategoryId, string fileName, InterchangeFormat format, byte[] content, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        OwnerId = ownerId;
        TargetCategoryId = targetCategoryId;
        FileName = fileName;
        Format = format;
        Content = content;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid TargetCategoryId { get; private set; }

    public string FileName { get; private set; }

    public InterchangeFormat Format { get; private set; }

    public byte[] Content { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
