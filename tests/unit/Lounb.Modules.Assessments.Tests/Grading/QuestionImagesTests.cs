using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Tests.Grading;

public class QuestionImagesTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    private static QuestionContent Question(TextFormat format) => new() { Type = QuestionType.Essay, Name = "Прапор", Text = "Опишіть зображення.", Format = format };

    [Fact]
    public void A_png_is_added_with_a_safe_unique_name_and_referenced_in_markdown()
    {
        var first = QuestionImages.Attach(Question(TextFormat.Markdown), "Прапор України.png", Png).Value;
        var second = QuestionImages.Attach(first, "Прапор України.png", Png).Value;

        Assert.Equal(["image.png", "image-2.png"], second.Files.Select(f => f.Name));
        Assert.EndsWith("![Зображення](@@PLUGINFILE@@/image-2.png)", second.Text, StringComparison.Ordinal);
        Assert.Equal("image/png", second.Files[0].ContentType);
    }

    [Fact]
    public void Html_questions_get_an_img_element() =>
        Assert.Contains("<img src=\"@@PLUGINFILE@@/flag.png\" alt=\"Зображення\">", QuestionImages.Attach(Question(TextFormat.Html), "flag.png", Png).Value.Text, StringComparison.Ordinal);

    [Fact]
    public void Not_an_image_too_big_or_plain_text_is_refused()
    {
        Assert.Equal(AssessmentErrors.NotAnImage, QuestionImages.Attach(Question(TextFormat.Markdown), "x.png", "<svg onload=alert(1)>"u8.ToArray()).Error);
        Assert.Equal(AssessmentErrors.ImageTooLarge, QuestionImages.Attach(Question(TextFormat.Markdown), "x.png", [.. Png, .. new byte[AssessmentLimits.ImageBytes]]).Error);
        Assert.Equal(AssessmentErrors.ImageNeedsRichText, QuestionImages.Attach(Question(TextFormat.Plain), "x.png", Png).Error);
        Assert.Equal(AssessmentErrors.ImageEmpty, QuestionImages.Attach(Question(TextFormat.Markdown), "x.png", []).Error);
        Assert.Equal("Assessments:ImageTooLarge", AssessmentErrors.ImageTooLarge.Code);
        Assert.Equal($"Зображення завелике: не більше {AssessmentLimits.ImageBytes / 1024 / 1024} МБ.", AssessmentErrors.ImageTooLarge.Message);
    }
}
