using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Certificates.Tests.Application;

/// <summary>The template form's rules: each limit from CertificateLimits, each refusal a Certificates error with its code.</summary>
public sealed class CertificateTemplateCheckTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static TemplateInput Input(string name = "Типовий", string? title = "СЕРТИФІКАТ", string? body = "{ПІБ}", string? position = "Директор",
        string? signatory = "Олена Шевчук", byte[]? logo = null) =>
        new(name, AchievementKind.CourseCompletion, null, title, body, position, signatory, true, logo);

    [Fact]
    public void Check_EveryFieldAtItsLimit_Passes()
    {
        var input = Input(new string('н', CertificateLimits.TemplateNameLength), new string('з', CertificateLimits.TemplateTitleLength),
            new string('т', CertificateLimits.TemplateBodyLength), new string('п', CertificateLimits.SignatoryLength), new string('і', CertificateLimits.SignatoryLength));

        Assert.Null(CertificateTemplateService.Check(input));
    }

    [Fact]
    public void Check_NameOneOverTheLimit_TemplateNameInvalid()
    {
        var refused = CertificateTemplateService.Check(Input(name: new string('н', CertificateLimits.TemplateNameLength + 1)));

        Assert.Equal(CertificateErrors.TemplateNameInvalid, refused);
        Assert.Equal("Certificates:TemplateNameInvalid", refused!.Code);
        Assert.Equal("Вкажіть назву шаблону (до 200 символів).", refused.Message);
    }

    [Theory]
    [InlineData(CertificateLimits.TemplateTitleLength + 1, 1, 1)]
    [InlineData(1, CertificateLimits.TemplateBodyLength + 1, 1)]
    [InlineData(1, 1, CertificateLimits.SignatoryLength + 1)]
    public void Check_TextOneOverItsLimit_TemplateTextsTooLong(int title, int body, int signatory)
    {
        var refused = CertificateTemplateService.Check(Input(title: new string('з', title), body: new string('т', body), signatory: new string('і', signatory)));

        Assert.Equal(CertificateErrors.TemplateTextsTooLong, refused);
        Assert.Equal("Заголовок — до 200 символів, текст — до 2000, посада й ім'я підписанта — до 100.", refused!.Message);
    }

    [Fact]
    public void Check_LogoOverTheImageLimit_NamesTheLogoAndTheLimit()
    {
        var logo = new byte[CertificateLimits.ImageBytes + 1];
        Png.CopyTo(logo, 0);

        var refused = CertificateTemplateService.Check(Input(logo: logo));

        Assert.Equal(ErrorKind.Invalid, refused!.Kind);
        Assert.Equal("Certificates:ImageTooLarge", refused.Code);
        Assert.Equal("Логотип: файл більший за 300 КБ.", refused.Message);
    }

    [Fact]
    public void Check_LogoThatIsNoPicture_ImageNotPicture()
    {
        var refused = CertificateTemplateService.Check(Input(logo: "%PDF-1.7 not a picture"u8.ToArray()));

        Assert.Equal("Certificates:ImageNotPicture", refused!.Code);
        Assert.Equal("Логотип: потрібне зображення PNG або JPEG.", refused.Message);
    }

    [Fact]
    public void Check_UnknownPlaceholder_UnknownPlaceholderError()
    {
        var refused = CertificateTemplateService.Check(Input(body: "{курс}"));

        Assert.Equal("Certificates:UnknownPlaceholder", refused!.Code);
        Assert.StartsWith("Невідомий заповнювач {курс}.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HolderNotFound_IsAnInputRefusal_SoTheIssueFormSaysIt()
    {
        Assert.Equal(ErrorKind.Invalid, CertificateErrors.HolderNotFound.Kind);
        Assert.Equal(ErrorKind.Forbidden, CertificateErrors.KeyRotationNational.Kind);
        Assert.Equal("Вкажіть виправлене ім'я (від 3 до 200 символів).", CertificateErrors.HolderNameInvalid.Message);
    }
}
