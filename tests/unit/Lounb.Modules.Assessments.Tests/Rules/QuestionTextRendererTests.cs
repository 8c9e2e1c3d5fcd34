using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Assessments.Tests.Rules;

/// <summary>How a question's texts become HTML on the attempt page: sanitized, with the bank's image paths, rendered once a version.</summary>
public sealed class QuestionTextRendererTests : IDisposable
{
    private static readonly Guid Version = Guid.Parse("0192f0c1-7a3e-7c4d-9e2f-000000000001");

    private readonly QuestionTextRenderer _renderer = new(new MarkdownRenderer());

    [Fact]
    public void Html_from_Moodle_is_sanitized_and_its_images_point_to_the_bank()
    {
        var html = _renderer.Render("<p onclick=\"steal()\">Що таке <b>фішинг</b>?</p><img src=\"@@PLUGINFILE@@/lock.png\" alt=\"замок\"><script>x()</script>",
            TextFormat.Html, Version);

        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<b>фішинг</b>", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/assessments/files/{Version:N}/lock.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_paragraph_Markdown_answer_sits_on_one_line_and_plain_text_is_encoded()
    {
        Assert.Equal("Надійний <strong>пароль</strong>", _renderer.RenderInline("Надійний **пароль**", TextFormat.Markdown, Version));
        Assert.Equal("<p>Надійний <strong>пароль</strong></p>\n", _renderer.Render("Надійний **пароль**", TextFormat.Markdown, Version));
        Assert.Equal("a &lt; b<br>c", _renderer.Render("a < b\nc", TextFormat.Plain, Version));
        Assert.Equal("", _renderer.RenderInline("", TextFormat.Html, Version));
    }

    [Fact]
    public void A_versions_text_is_rendered_once_and_the_same_text_of_another_version_apart()
    {
        const string Text = "<p>Оберіть <img src=\"@@PLUGINFILE@@/a.png\" alt=\"a\"></p>";
        var other = Guid.Parse("0192f0c1-7a3e-7c4d-9e2f-000000000002");

        var first = _renderer.Render(Text, TextFormat.Html, Version);
        var again = _renderer.Render(Text, TextFormat.Html, Version);
        var ofOther = _renderer.Render(Text, TextFormat.Html, other);

        // The same instance: the second attempt page did not sanitize it again.
        Assert.Same(first, again);
        Assert.Contains($"/assessments/files/{other:N}/a.png", ofOther, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Version:N}", ofOther, StringComparison.Ordinal);
    }

    public void Dispose() => _renderer.Dispose();
}
