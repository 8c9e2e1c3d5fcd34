using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record LessonInput(string? Title, bool IsRequired, string? BodyMarkdown, string? Url, string? ExtensionRef);

/// <summary>One lesson's content: its text, link, video and file.</summary>
internal sealed class LessonEditingService(LounbDbContext db, AuthoringStore store, MarkdownRenderer markdown, CourseUploads uploads)
{
    /// <summary>The lesson of course <paramref name="courseId"/>, if that course is within scope; untracked.</summary>
    public async Task<Lesson?> FindAsync(AccessScope scope, Guid courseId, Guid lessonId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var lesson = await db.Set<Lesson>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.CourseId == courseId && !l.IsRemoved, ct);
        if (lesson is null)
        {
            return null;
        }

        var owner = await db.Set<Course>().Where(c => c.Id == courseId).Select(c => c.OwnerOblastCode).FirstAsync(ct);
        return scope.Allows(owner) ? lesson : null;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid lessonId, LessonInput input, FileUpload? file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!(await store.EditableLessonAsync(scope, lessonId, ct)).Succeeded(out var target, out var error)
            || !CourseRules.Title(input.Title).Succeeded(out var title, out error))
        {
            return error;
        }

        var body = input.BodyMarkdown ?? "";
        var url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim();
        if ((CourseRules.Body(body) ?? CheckUrl(target.Kind, url, hasFile: file is not null || target.FileKey is not null)) is { } refused)
        {
            return refused;
        }

        if (file is not null)
        {
            FileCategory[] allowed = target.Kind == BuiltInLessonKind.Video
                ? [FileCategory.Video]
                : [FileCategory.Document, FileCategory.Image, FileCategory.Audio, FileCategory.Video];
            if (!(await uploads.StoreAsync(file.Content, file.Length, file.FileName, allowed, ct)).Succeeded(out var stored, out error))
            {
                return error;
            }

            target.FileKey = stored.Key;
            target.FileName = stored.FileName;
            target.FileContentType = stored.ContentType;
        }
        else if (target.Kind == BuiltInLessonKind.File && target.FileKey is null)
        {
            return CourseErrors.FileRequired;
        }

        target.Title = title;
        target.IsRequired = input.IsRequired;
        target.BodyMarkdown = body;
        target.BodyHtml = markdown.ToSafeHtml(body);
        target.Url = url;
        target.ExtensionRef = string.IsNullOrWhiteSpace(input.ExtensionRef) ? null : input.ExtensionRef.Trim();
        target.UpdatedAt = store.Now;
        return await store.SaveAsync(ct);
    }

    /// <summary>External and video lessons need a web address (a video may be an uploaded file instead); a video's must be YouTube or Vimeo.</summary>
    internal static Error? CheckUrl(string kind, string? url, bool hasFile)
    {
        if (kind is BuiltInLessonKind.External or BuiltInLessonKind.Video && url is null && !(kind == BuiltInLessonKind.Video && hasFile))
        {
            return CourseErrors.UrlRequired;
        }

        if (url is null)
        {
            return null;
        }

        if (url.Length > CourseLimits.UrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return CourseErrors.UrlInvalid;
        }

        return kind == BuiltInLessonKind.Video && VideoEmbed.From(uri) is null ? CourseErrors.VideoUrlInvalid : null;
    }
}
