using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>A stored file someone may read: a public cover, or a lesson's file with the name and type it was uploaded with.</summary>
internal sealed record CourseFile(bool IsPublicCover, string? FileName, string? ContentType);

/// <summary>Who may read a stored course file: anyone a cover of a course that is not a draft; a lesson's file (or a draft's cover) its course's learners and authors.</summary>
internal sealed class CourseFileAccess(LounbDbContext db)
{
    public async Task<CourseFile?> FindAsync(ClaimsPrincipal user, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        // A cover may be shared by a course and its copies: it is public as soon as one of them is not a draft.
        if (await db.Set<Course>().AnyAsync(c => c.CoverImageKey == key && c.Status != CourseStatus.Draft, ct))
        {
            return new CourseFile(IsPublicCover: true, null, null);
        }

        var lesson = await db.Set<Lesson>().AsNoTracking().Where(l => l.FileKey == key)
            .Select(l => new { l.CourseId, l.FileName, l.FileContentType }).FirstOrDefaultAsync(ct);
        var courseId = lesson?.CourseId
            ?? await db.Set<Course>().Where(c => c.CoverImageKey == key).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return courseId is { } id && await MayReadAsync(user, id, ct) ? new CourseFile(IsPublicCover: false, lesson?.FileName, lesson?.FileContentType) : null;
    }

    private async Task<bool> MayReadAsync(ClaimsPrincipal user, Guid courseId, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var authorScope = AccessScope.Of(user, CoursesPermissions.Author);
        if (!authorScope.IsNone)
        {
            var owner = await db.Set<Course>().Where(c => c.Id == courseId).Select(c => new { c.OwnerOblastCode }).FirstAsync(ct);
            if (authorScope.Allows(owner.OwnerOblastCode))
            {
                return true;
            }
        }

        var userId = user.UserId();
        return await db.Set<Enrollment>().AnyAsync(e => e.UserId == userId && e.CourseId == courseId
            && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Completed), ct);
    }
}
