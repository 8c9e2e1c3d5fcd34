using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Live;

namespace Lounb.Modules.Webinars.Tests.Live;

public sealed class LiveTextTests
{
    [Theory]
    [InlineData("<b>жирний</b>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("текст <img src=x onerror=alert(1)>")]
    [InlineData("</div>")]
    [InlineData("<!-- коментар -->")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<a href='https://example.org'>посилання</a>")]
    [InlineData("<SVG onload=alert(1)>")]
    public void Check_Markup_IsRefusedWithTheChatMessage(string text)
    {
        var result = LiveText.Check(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("HTML-розмітка в чаті не підтримується: напишіть звичайний текст.", result.Error!.Message);
    }

    [Theory]
    [InlineData("3 < 5 і 7 > 2")]
    [InlineData("Люблю бібліотеку <3")]
    [InlineData("<<Кобзар>> Шевченка")]
    [InlineData("стрілка <- сюди")]
    [InlineData("&lt;b&gt; показується як текст")]
    [InlineData("<привіт>")]
    public void Check_PlainTextWithAngleBrackets_IsKept(string text)
    {
        var result = LiveText.Check(text);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(text, result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\r\n")]
    [InlineData("\u0000\u0007")]
    public void Check_NothingToSay_IsRefused(string? text)
    {
        var result = LiveText.Check(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("Напишіть текст повідомлення.", result.Error!.Message);
    }

    [Fact]
    public void Check_LengthIsCountedAfterTrimming_TheLimitItselfIsAllowed()
    {
        Assert.True(LiveText.Check("  " + new string('ґ', WebinarLimits.ChatMessageLength) + "\n").IsSuccess);

        var tooLong = LiveText.Check(new string('ґ', WebinarLimits.ChatMessageLength + 1));
        Assert.False(tooLong.IsSuccess);
        Assert.Equal("Повідомлення задовге: не більше 1000 символів.", tooLong.Error!.Message);
        Assert.False(LiveText.Check(new string('ї', 301), WebinarLimits.PollQuestionLength).IsSuccess);
    }

    [Fact]
    public void Check_LineBreaksAreKept_ControlCharactersDropped_LongGapsShortened()
    {
        var result = LiveText.Check("  Перший рядок\r\nДругий\u0007 рядок\n\n\n\n\tТретій  ");

        Assert.Equal("Перший рядок\nДругий рядок\n\n Третій", result.Value);
    }
}
