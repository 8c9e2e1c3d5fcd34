using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Courses;

/// <summary>Bound from "Lounb:Courses".</summary>
internal sealed class CoursesOptions
{
    public const string Section = "Lounb:Courses";

    [Range(1, 50)]
    public int MaxImageMegabytes { get; set; } = 5;

    [Range(1, 200)]
    public int MaxDocumentMegabytes { get; set; } = 20;

    [Range(1, 2000)]
    public int MaxVideoMegabytes { get; set; } = 300;

    [Range(1, 200)]
    public int CatalogPageSize { get; set; } = 24;

    /// <summary>Seconds a catalog answer may be reused (0 switches the cache off); see <see cref="Application.CatalogCache"/>.</summary>
    [Range(0, 600)]
    public int CatalogCacheSeconds { get; set; } = 10;
}
