using System.Text;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video.LiveKit;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class LiveKitWebhookMappingTests
{
    private static readonly Guid UserId = Guid.Parse("0b8f4c3e-2d7a-4d1f-9e61-3c2b1a0f9e8d");

    private static LiveKitWebhookEvent Parse(string json) => LiveKitWebhookEvent.Parse(Encoding.UTF8.GetBytes(json))!;

    [Fact]
    public void Parse_ProtojsonBody_ReadsCamelCaseAndInt64Strings()
    {
        var hook = Parse($$$"""
            {"event":"participant_joined","room":{"sid":"RM_x","name":"lounb-1","emptyTimeout":300,"departureTimeout":20,"creationTime":"1767801500","numParticipants":3},
             "participant":{"sid":"PA_y","identity":"{{{UserId:N}}}","name":"Ol. K.","state":"ACTIVE","joinedAt":"1767801600","joinedAtMs":"1767801600123",
             "permission":{"canSubscribe":true,"canPublishData":true}},"id":"EV_z","createdAt":"1767801601"}
            """);

        Assert.Equal("participant_joined", hook.Event);
        Assert.Equal("EV_z", hook.Id);
        Assert.Equal(1767801601, hook.CreatedAt);
        Assert.Equal("RM_x", hook.Room!.Sid);
        Assert.Equal(1767801600123, hook.Participant!.JoinedAtMs);
    }

    [Fact]
    public void Map_ParticipantJoined_JoinedAtTheParticipantsJoinTimeInMilliseconds()
    {
        var signal = LiveKitWebhookIntake.Map(Parse($$"""
            {"event":"participant_joined","room":{"sid":"RM_x","name":"lounb-1"},"participant":{"identity":"{{UserId:N}}","joinedAt":"1767801600","joinedAtMs":"1767801600123"},"id":"EV_1","createdAt":"1767801700"}
            """))!;

        Assert.Equal(AttendanceSignalKind.Joined, signal.Kind);
        Assert.Equal(UserId, signal.UserId);
        Assert.Equal(AttendanceSource.LiveKit, signal.Source);
        Assert.Equal("EV_1", signal.ExternalId);
        Assert.Equal("RM_x", signal.SessionKey);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767801600123).UtcDateTime, signal.OccurredAt);
    }

    [Fact]
    public void Map_ParticipantLeft_LeftAtTheEventsCreationTime()
    {
        var signal = LiveKitWebhookIntake.Map(Parse($$"""
            {"event":"participant_left","room":{"sid":"RM_x","name":"lounb-1"},"participant":{"identity":"{{UserId:N}}","joinedAtMs":"1767801600123"},"id":"EV_2","createdAt":"1767805200"}
            """))!;

        Assert.Equal(AttendanceSignalKind.Left, signal.Kind);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767805200).UtcDateTime, signal.OccurredAt);
    }

    [Fact]
    public void Map_RoomFinished_RoomWideSignalOfTheSession()
    {
        var signal = LiveKitWebhookIntake.Map(Parse("""{"event":"room_finished","room":{"sid":"RM_x","name":"lounb-1"},"id":"EV_3","createdAt":"1767806000"}"""))!;

        Assert.Equal(AttendanceSignalKind.RoomFinished, signal.Kind);
        Assert.Null(signal.UserId);
        Assert.Equal("RM_x", signal.SessionKey);
    }

    [Theory]
    [InlineData("participant_connection_aborted")]
    [InlineData("track_published")]
    [InlineData("room_started")]
    public void Map_EventsThatSayNothingOfAttendance_Null(string name) =>
        Assert.Null(LiveKitWebhookIntake.Map(Parse($$"""{"event":"{{name}}","room":{"sid":"RM_x","name":"lounb-1"},"participant":{"identity":"{{UserId:N}}"},"id":"EV_4","createdAt":"1"}""")));

    [Theory]
    [InlineData("EG_recorder")]
    [InlineData("")]
    public void Map_IdentityThatIsNoPlatformUser_Null(string identity) =>
        Assert.Null(LiveKitWebhookIntake.Map(Parse($$"""{"event":"participant_joined","room":{"sid":"RM_x","name":"lounb-1"},"participant":{"identity":"{{identity}}"},"id":"EV_5","createdAt":"1"}""")));

    [Fact]
    public void Map_WithoutEventIdOrRoomSid_Null()
    {
        Assert.Null(LiveKitWebhookIntake.Map(Parse("""{"event":"room_finished","room":{"sid":"RM_x","name":"lounb-1"},"createdAt":"1"}""")));
        Assert.Null(LiveKitWebhookIntake.Map(Parse("""{"event":"room_finished","room":{"name":"lounb-1"},"id":"EV_6","createdAt":"1"}""")));
    }
}
