using System.Reflection;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Tests.Errors;

public sealed class WebinarErrorsTests
{
    public static TheoryData<string> Declared()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(WebinarErrors).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Error)))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public void EachError_IsCodedWebinarsAndItsName_WithAUkrainianMessage(string name)
    {
        var error = (Error)typeof(WebinarErrors).GetField(name)!.GetValue(null)!;

        Assert.Equal($"Webinars:{name}", error.Code);
        Assert.Matches("[А-ЯІЇЄҐа-яіїєґ]", error.Message);
    }

    [Fact]
    public void ParameterisedErrors_AreCodedByTheirMethod()
    {
        Assert.Equal("Webinars:TooFast", WebinarErrors.TooFast(10).Code);
        Assert.Equal("Webinars:TextTooLong", WebinarErrors.TextTooLong(5).Code);
        Assert.Equal("Webinars:NotOpenYet", WebinarErrors.NotOpenYet("05.12 18:00").Code);
        Assert.Equal("Webinars:NoSuchLocalTimeOn", WebinarErrors.NoSuchLocalTimeOn(new DateTime(2027, 3, 28, 3, 30, 0)).Code);
    }

    [Fact]
    public void LimitMessages_NameTheLimitsTheChecksUse()
    {
        Assert.Contains($"від {WebinarLimits.TitleMinLength} до {WebinarLimits.TitleLength} символів", WebinarErrors.TitleLength.Message, StringComparison.Ordinal);
        Assert.Contains("20 000", WebinarErrors.DescriptionLength.Message, StringComparison.Ordinal);
        Assert.Contains("100 000", WebinarErrors.Capacity.Message, StringComparison.Ordinal);
        Assert.Contains($"{WebinarLimits.LocationLength}", WebinarErrors.LocationLength.Message, StringComparison.Ordinal);
        Assert.Contains($"{WebinarLimits.CancellationReasonLength}", WebinarErrors.CancellationReason.Message, StringComparison.Ordinal);
        Assert.Contains($"{WebinarLimits.CorrectionNoteLength}", WebinarErrors.CorrectionNoteLength.Message, StringComparison.Ordinal);
        Assert.Contains($"{WebinarLimits.MaxCorrectedMinutes}", WebinarErrors.CorrectedMinutes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VideoServerFailures_AreUnavailable_RefusedInputsInvalid()
    {
        Assert.All(
            new[] { WebinarErrors.ServerUnreachable, WebinarErrors.ServerFailed, WebinarErrors.ServerRefusedKey, WebinarErrors.ServerRefusedRequest, WebinarErrors.ServerBusy },
            e => Assert.Equal(ErrorKind.Unavailable, e.Kind));
        Assert.Equal(ErrorKind.Invalid, WebinarErrors.StalePage.Kind);
        Assert.Equal(ErrorKind.Invalid, WebinarErrors.NotYours.Kind);
        Assert.Equal(ErrorKind.Forbidden, WebinarErrors.NotRegistered.Kind);
    }
}
