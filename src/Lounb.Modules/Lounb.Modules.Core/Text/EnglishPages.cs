using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Lounb.Modules.Core.Text;

/// <summary>
/// Marks a controller or action whose pages are offered in English: wholly translated (dates and region names too), with
/// authored text marked <c>lang="uk"</c>. Only such pages show the language switch and follow the visitor's choice of
/// English; every other page is Ukrainian whatever the choice, so no page is half translated.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class OfferedInEnglishAttribute : Attribute;

/// <summary>Which request is an English page.</summary>
public static class EnglishPages
{
    /// <summary>True when the endpoint of the request is <see cref="OfferedInEnglishAttribute">offered in English</see>.</summary>
    public static bool AreOffered(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OfferedInEnglishAttribute>() is not null;

    /// <summary>The culture the request localization gives a page shown in English.</summary>
    public const string English = "en";

    /// <summary>
    /// True when the page is being shown in English: exactly the request culture "en", never a process default such as
    /// en-US, so that background work (letters, reminders) on an English-speaking server stays Ukrainian.
    /// </summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.Name == English;
}

/// <summary>
/// The visitor's language cookie, honoured only on pages offered in English (the request localization runs after routing);
/// elsewhere the default culture, Ukrainian.
/// </summary>
public sealed class EnglishPagesCultureProvider : CookieRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        EnglishPages.AreOffered(httpContext) ? base.DetermineProviderCultureResult(httpContext) : NullProviderCultureResult;
}
