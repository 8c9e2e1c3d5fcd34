using System.Security.Claims;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// The quizzes (a campaign's test) and courses (a condition) a person may name, from the modules' reference sources:
/// none when the module that provides them is switched off.
/// </summary>
internal sealed class LinkableItems(IEnumerable<ILessonReferenceSource> sources)
{
    /// <summary>The first <see cref="ReferencePicker.Limit"/> items of <paramref name="kind"/> the person may name.</summary>
    public async Task<IReadOnlyList<ReferenceOption>> ListAsync(string kind, ClaimsPrincipal person, CancellationToken ct)
    {
        var found = new List<ReferenceOption>();
        foreach (var source in sources.Where(s => s.KindKey == kind))
        {
            found.AddRange(await source.SearchAsync(person, null, ReferencePicker.Limit, ct));
        }

        return found;
    }

    /// <summary>The item of <paramref name="kind"/> with <paramref name="id"/> when the person may name it; otherwise null.</summary>
    public async Task<ReferenceOption?> FindAsync(string kind, ClaimsPrincipal person, Guid id, CancellationToken ct)
    {
        foreach (var source in sources.Where(s => s.KindKey == kind))
        {
            if (await source.FindAsync(person, id.ToString(), ct) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
