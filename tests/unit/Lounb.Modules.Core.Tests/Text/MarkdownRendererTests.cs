using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Core.Tests.Text;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToSafeHtml_ScriptTag_RemovedWithItsCode()
    {
        var html = _renderer.ToSafeHtml("Текст\n\n<script>alert('xss')</script>\n\nДалі");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.Contains("Текст", html, StringComparison.Ordinal);
        Assert.Contains("Далі", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_InlineScriptInParagraph_Removed()
    {
        var html = _renderer.ToSafeHtml("Привіт <script>alert(1)</script> світ");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_EventHandlerAttribute_RemovedImageKept()
    {
        var html = _renderer.ToSafeHtml("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">");

        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://example.org/a.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_OnclickOnRawLink_Removed()
    {
        var html = _renderer.ToSafeHtml("<a href=\"https://example.org\" onclick=\"steal()\">Посилання</a>");

        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Натисніть](javascript:alert(1))")]
    [InlineData("[Натисніть](JaVaScRiPt:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">Натисніть</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">Натисніть</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">Натисніть</a>")]
    public void ToSafeHtml_JavascriptLink_HrefRemovedTextKept(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.Contains("Натисніть", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_DataUriImage_SourceRemoved()
    {
        var html = _renderer.ToSafeHtml("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");

        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe")]
    [InlineData("<form action=\"https://example.org\"><input name=\"p\"><button>OK</button></form>", "<form")]
    [InlineData("<form action=\"https://example.org\"><input name=\"p\"><button>OK</button></form>", "<input")]
    [InlineData("<p style=\"position:fixed\">x</p>", "style=")]
    [InlineData("<object data=\"https://example.org/x.swf\"></object>", "<object")]
    public void ToSafeHtml_DangerousMarkup_Removed(string markdown, string forbidden)
    {
        Assert.DoesNotContain(forbidden, _renderer.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToSafeHtml_Headings_Preserved()
    {
        var html = _renderer.ToSafeHtml("# Про платформу\n\n## Що тут є");

        Assert.Matches("<h1[^>]*>Про платформу</h1>", html);
        Assert.Matches("<h2[^>]*>Що тут є</h2>", html);
    }

    [Fact]
    public void ToSafeHtml_Lists_Preserved()
    {
        var html = _renderer.ToSafeHtml("- один\n- два\n\n1. перший\n2. другий");

        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>один</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>два</li>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<li>другий</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_HttpsLink_Preserved()
    {
        var html = _renderer.ToSafeHtml("Сайт [ЛОУНБ](https://lounb.example.org/about).");

        Assert.Contains("<a href=\"https://lounb.example.org/about\">ЛОУНБ</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_MailtoLink_Preserved()
    {
        var html = _renderer.ToSafeHtml("[Напишіть нам](mailto:info@example.org)");

        Assert.Contains("href=\"mailto:info@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_HttpsImage_Preserved()
    {
        var html = _renderer.ToSafeHtml("![Логотип ЛОУНБ](https://example.org/logo.png)");

        Assert.Matches("<img src=\"https://example.org/logo.png\" alt=\"Логотип ЛОУНБ\"\\s*/?>", html);
    }

    [Fact]
    public void ToSafeHtml_EmphasisAndTable_Preserved()
    {
        var html = _renderer.ToSafeHtml("**жирний** і *курсив*\n\n| Область | Громад |\n|---|---|\n| Луганська | 37 |");

        Assert.Contains("<strong>жирний</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>курсив</em>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Луганська</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _renderer.ToSafeHtml(null!));
    }
}

public sealed class MarkdownRendererIsolationTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<p id=\"attempt-form\">x</p>", "id=\"user-content-attempt-form\"")]
    [InlineData("<span id=\"save-state\">x</span>", "id=\"user-content-save-state\"")]
    [InlineData("<a name=\"attempt\">x</a>", "name=\"user-content-attempt\"")]
    public void SanitizeHtml_AuthoredIdOrName_IsPrefixedSoItCannotShadowThePagesIds(string html, string expected)
    {
        var safe = _renderer.SanitizeHtml(html);

        Assert.Contains(expected, safe, StringComparison.Ordinal);
        Assert.DoesNotMatch("(id|name)=\"(attempt-form|save-state|attempt)\"", safe);
    }

    [Fact]
    public void ToSafeHtml_HeadingAnchorAndInPageLink_KeepPointingAtEachOther()
    {
        var html = _renderer.ToSafeHtml("# Intro\n\n[до вступу](#intro)");

        var id = System.Text.RegularExpressions.Regex.Match(html, "<h1 id=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith(MarkdownRenderer.IdPrefix, id, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{id}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\">Сайт</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_BLANK\" rel=\"opener\">Сайт</a>")]
    public void SanitizeHtml_LinkToNewWindow_GetsNoopenerNoreferrer(string html)
    {
        var safe = _renderer.SanitizeHtml(html);

        Assert.Contains("target=\"_blank\"", safe, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void SanitizeHtml_NamedTarget_Dropped()
    {
        var safe = _renderer.SanitizeHtml("<a href=\"https://example.org\" target=\"_top\">Сайт</a>");

        Assert.DoesNotContain("target", safe, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", safe, StringComparison.Ordinal);
    }
}
