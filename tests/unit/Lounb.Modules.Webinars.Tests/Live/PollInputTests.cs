using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Live;

namespace Lounb.Modules.Webinars.Tests.Live;

public sealed class PollInputTests
{
    [Fact]
    public void Check_TrimsTheQuestion_AndSkipsBlankOptions()
    {
        var result = PollInput.Check("  Який формат зручніший? ", ["Онлайн", "  ", null, " Наживо "]);

        Assert.True(result.Succeeded(out var poll, out _));
        Assert.Equal("Який формат зручніший?", poll.Question);
        Assert.Equal(["Онлайн", "Наживо"], poll.Options);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(WebinarLimits.MaxPollOptions + 1)]
    public void Check_TooFewOrTooManyOptions_Refused(int count)
    {
        var options = Enumerable.Range(1, count).Select(i => (string?)$"Варіант {i}").ToList();

        Assert.False(PollInput.Check("Питання", options).Succeeded(out _, out var error));
        Assert.Equal(WebinarErrors.PollOptionCount, error);
        Assert.Contains($"від {WebinarLimits.MinPollOptions} до {WebinarLimits.MaxPollOptions}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OptionsRepeatingButForCase_Refused()
    {
        Assert.False(PollInput.Check("Питання", ["Так", "так"]).Succeeded(out _, out var error));
        Assert.Equal(WebinarErrors.PollOptionsRepeat, error);
    }

    [Fact]
    public void Check_OptionAndQuestionLengths_ComeFromTheLimits()
    {
        var longOption = new string('ї', WebinarLimits.PollOptionLength + 1);
        Assert.False(PollInput.Check("Питання", ["Так", longOption]).Succeeded(out _, out var optionError));
        Assert.Equal(WebinarErrors.TextTooLong(WebinarLimits.PollOptionLength), optionError);

        Assert.True(PollInput.Check(new string('ї', WebinarLimits.PollQuestionLength), ["Так", "Ні"]).Succeeded(out _, out _));
        Assert.False(PollInput.Check(new string('ї', WebinarLimits.PollQuestionLength + 1), ["Так", "Ні"]).Succeeded(out _, out var questionError));
        Assert.Equal(WebinarErrors.TextTooLong(WebinarLimits.PollQuestionLength), questionError);
    }

    [Fact]
    public void Check_MarkupInAnOption_Refused()
    {
        Assert.False(PollInput.Check("Питання", ["Так", "<b>Ні</b>"]).Succeeded(out _, out var error));
        Assert.Equal(WebinarErrors.NoHtml, error);
    }
}
