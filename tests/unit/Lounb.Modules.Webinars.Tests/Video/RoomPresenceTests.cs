using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class RoomPresenceTests
{
    private static readonly string SignalId = Guid.NewGuid().ToString();
    private static readonly string Tab = Guid.NewGuid().ToString();

    [Theory]
    [InlineData("joined", (int)AttendanceSignalKind.Joined)]
    [InlineData("left", (int)AttendanceSignalKind.Left)]
    public void Parse_KnownKindAndUuids_Accepted(string kind, int expected)
    {
        var parsed = RoomPresence.Parse(new PresencePayload(kind, SignalId, Tab));

        Assert.True(parsed.IsSuccess);
        Assert.Equal((AttendanceSignalKind)expected, parsed.Value.Kind);
        Assert.Equal(Guid.Parse(SignalId), parsed.Value.SignalId);
        Assert.Equal(Guid.Parse(Tab), parsed.Value.Tab);
    }

    [Theory]
    [InlineData(null, "s", "t")]
    [InlineData("finished", "s", "t")]
    [InlineData("JOINED", "s", "t")]
    [InlineData("joined", "not-a-uuid", "t")]
    [InlineData("joined", "s", null)]
    [InlineData("joined", "00000000-0000-0000-0000-000000000000", "t")]
    [InlineData("joined", "s", "<script>")]
    public void Parse_AnythingElse_RefusedWithAUkrainianMessage(string? kind, string? signalId, string? tab)
    {
        var parsed = RoomPresence.Parse(new PresencePayload(kind, signalId == "s" ? SignalId : signalId, tab == "t" ? Tab : tab));

        Assert.False(parsed.IsSuccess);
        Assert.Equal(WebinarErrors.BadPresence, parsed.Error);
    }

    [Fact]
    public void Parse_NoBody_Refused() => Assert.Equal(WebinarErrors.BadPresence, RoomPresence.Parse(null).Error);
}
