using Lounb.Modules.Webinars.Calendars;

namespace Lounb.Modules.Webinars.Tests.Calendars;

public sealed class MarkdownPlainTextTests
{
    [Fact]
    public void Convert_Markdown_KeepsTextAndLinkAddresses_DropsMarkupAndHtml()
    {
        var text = MarkdownPlainText.Convert("""
            # Програма

            Текст із **жирним**, *курсивом* і [посиланням](https://example.org/a).

            - пункт перший
            - пункт другий з `кодом`

            <script>alert(1)</script>

            Адреса: https://example.org/b
            """);

        Assert.Equal(
            "Програма\nТекст із жирним, курсивом і посиланням (https://example.org/a).\n• пункт перший\n• пункт другий з кодом\nАдреса: https://example.org/b",
            text);
    }

    [Fact]
    public void Convert_Empty_IsEmpty()
    {
        Assert.Equal("", MarkdownPlainText.Convert(null));
        Assert.Equal("", MarkdownPlainText.Convert("   "));
    }
}
