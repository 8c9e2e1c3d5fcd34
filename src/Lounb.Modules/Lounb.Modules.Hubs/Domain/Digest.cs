using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>
/// A methodologist's monthly digest for hub coordinators (news of state digital services, say): Markdown shown
/// sanitized, addressed to the coordinators of one oblast or, when <see cref="OblastCode"/> is null, of all.
/// </summary>
internal sealed class Digest
{
    private Digest()
    {
    }

    private Digest(string title, string body, string? oblastCode, Guid authorId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Title = title;
        Body = body;
        OblastCode = oblastCode;
        AuthorId = authorId;
        PostedAt = now;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Markdown (or HTML), sanitized when shown.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The oblast whose coordinators get it; null for all.</summary>
    public string? OblastCode { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTime PostedAt { get; private set; }

    public static Result<Digest> Create(string? title, string? body, string? oblastCode, Guid authorId, DateTime now)
    {
        var cleanTitle = title?.Trim() ?? "";
        var cleanBody = body?.Trim() ?? "";
        if (cleanTitle.Length == 0)
        {
            return HubsErrors.DigestTitleRequired;
        }

        if (cleanTitle.Length > ReportLimits.DigestTitleLength)
        {
            return HubsErrors.DigestTitleTooLong;
        }

        if (cleanBody.Length == 0)
        {
            return HubsErrors.DigestBodyRequired;
        }

        return cleanBody.Length > ReportLimits.DigestBodyLength
            ? HubsErrors.DigestBodyTooLong
            : new Digest(cleanTitle, cleanBody, oblastCode, authorId, now);
    }
}

/// <summary>A coordinator opened a digest (the list marks the others unread).</summary>
internal sealed class DigestReading
{
    private DigestReading()
    {
    }

    public DigestReading(Guid digestId, Guid personId, DateTime at)
    {
        DigestId = digestId;
        PersonId = personId;
        ReadAt = at;
    }

    public Guid DigestId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTime ReadAt { get; private set; }
}
