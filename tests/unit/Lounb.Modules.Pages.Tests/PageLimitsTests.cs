using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Pages.Areas.Pages.ViewModels;
using Lounb.Modules.Pages.Domain;

namespace Lounb.Modules.Pages.Tests;

/// <summary>A page's limits live once: the column, the service's check, the form's check and the message agree.</summary>
public sealed class PageLimitsTests
{
    [Fact]
    public void Columns_HaveTheLimitsLengths()
    {
        using var database = new PagesDatabase();
        using var db = database.NewContext();
        var page = db.Model.FindEntityType(typeof(Page))!;

        Assert.Equal(PageLimits.TitleLength, page.FindProperty(nameof(Page.Title))!.GetMaxLength());
        Assert.Equal(PageLimits.SummaryLength, page.FindProperty(nameof(Page.Summary))!.GetMaxLength());
        Assert.Equal(PageLimits.BodyLength, page.FindProperty(nameof(Page.BodyMarkdown))!.GetMaxLength());
        Assert.Equal(PageLimits.SlugLength, page.FindProperty(nameof(Page.Slug))!.GetMaxLength());
    }

    [Fact]
    public void Form_TitleOneOverTheLimit_SaysTheServicesMessage()
    {
        var form = new PageFormModel { Title = new string('т', PageLimits.TitleLength + 1) };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true));
        Assert.Equal(PageErrors.TitleTooLong.Message, Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void Form_BodyOneOverTheLimit_SaysTheServicesMessageWithGroupedNumber()
    {
        var form = new PageFormModel { Title = "Про нас", BodyMarkdown = new string('x', PageLimits.BodyLength + 1) };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true));
        Assert.Equal("Текст задовгий: не більше 100 000 символів.", Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void Errors_HaveModuleCodesAndKinds()
    {
        Assert.Equal("Pages:NotFound", PageErrors.NotFound.Code);
        Assert.Equal(ErrorKind.NotFound, PageErrors.NotFound.Kind);
        Assert.Equal(ErrorKind.Conflict, PageErrors.SlugTaken.Kind);
        Assert.Equal(ErrorKind.Invalid, PageErrors.TitleTooLong.Kind);
    }
}
