using Lounb.Modules.Certificates.Application;

namespace Lounb.Modules.Certificates.Tests.Application;

public sealed class CertificateTemplatesTests
{
    private static readonly TemplateValues Values = new("Олена Петрівна Шевчук", "Медіаграмотність", 6, "29 листопада 2026 року", "ЛОУНБ-2026-000123",
        "Луганська обласна універсальна наукова бібліотека");

    [Fact]
    public void Fill_replaces_every_placeholder()
    {
        var filled = CertificateTemplates.Fill("{ПІБ} завершила «{назва}» ({години} год.) {дата}, № {номер}, {видавець}", Values);

        Assert.Equal("Олена Петрівна Шевчук завершила «Медіаграмотність» (6 год.) 29 листопада 2026 року, № ЛОУНБ-2026-000123, "
            + "Луганська обласна універсальна наукова бібліотека", filled);
    }

    [Fact]
    public void Fill_replaces_repeated_placeholders()
    {
        Assert.Equal("6 і 6", CertificateTemplates.Fill("{години} і {години}", Values));
    }

    [Fact]
    public void Validate_accepts_known_placeholders()
    {
        Assert.Null(CertificateTemplates.Validate("СЕРТИФІКАТ {номер}", "{ПІБ} {назва} {години} {дата} {видавець}"));
    }

    [Fact]
    public void Validate_refuses_an_unknown_placeholder_and_names_it()
    {
        var message = CertificateTemplates.Validate("СЕРТИФІКАТ", "успішно завершив(-ла) {курс}")?.Message;

        Assert.NotNull(message);
        Assert.Contains("{курс}", message, StringComparison.Ordinal);
        Assert.Contains("Невідомий заповнювач", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_placeholder_in_the_wrong_case()
    {
        Assert.Contains("{піб}", CertificateTemplates.Validate("{піб}")?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Текст без дужок")]
    [InlineData("Лише відкрита { дужка")]
    public void Validate_accepts_text_without_placeholders(string? text)
    {
        Assert.Null(CertificateTemplates.Validate(text));
        if (text is not null)
        {
            Assert.Equal(text, CertificateTemplates.Fill(text, Values));
        }
    }
}
