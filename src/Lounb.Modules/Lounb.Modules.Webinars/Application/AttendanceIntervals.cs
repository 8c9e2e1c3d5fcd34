using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Application;

/// <summary>A join/leave signal as the interval arithmetic sees it.</summary>
internal sealed record AttendanceMark(AttendanceSignalKind Kind, AttendanceSource Source, string SessionKey, DateTime At);

/// <summary>The computed presence of one person at one event.</summary>
internal sealed record AttendanceTotal(int Minutes, DateTime? FirstJoinedAt, bool SelfReported);

/// <summary>
/// Turns join/leave signals into minutes: per session (a LiveKit room sid, a browser tab) a join opens an interval and a
/// leave or the room closing ends it; signals are taken in time order whatever order they arrived in; overlapping
/// intervals of several sessions (a reconnect, a phone and a laptop) count once; only the join window counts.
/// </summary>
internal static class AttendanceIntervals
{
    /// <summary>A browser-reported presence with no leave counts until its last heartbeat plus this.</summary>
    public static readonly TimeSpan HeartbeatGrace = TimeSpan.FromMinutes(2);

    public static AttendanceTotal Compute(IEnumerable<AttendanceMark> marks, DateTime windowStart, DateTime windowEnd, DateTime now)
    {
        var intervals = new List<(DateTime From, DateTime To)>();
        var selfReported = true;
        DateTime? firstJoined = null;
        var end = now < windowEnd ? now : windowEnd;
        var roomClosings = marks.Where(m => m.Kind == AttendanceSignalKind.RoomFinished).ToList();
        foreach (var session in marks.Where(m => m.Kind != AttendanceSignalKind.RoomFinished).GroupBy(m => m.SessionKey))
        {
            var ordered = session.Concat(roomClosings.Where(c => c.SessionKey == session.Key))
                .OrderBy(m => m.At).ThenBy(m => m.Kind == AttendanceSignalKind.Joined ? 1 : 0).ToList();
            DateTime? openedAt = null;
            DateTime lastSeen = default;
            var authoritative = ordered.Any(m => m.Source == AttendanceSource.LiveKit);
            foreach (var mark in ordered)
            {
                switch (mark.Kind)
                {
                    case AttendanceSignalKind.Joined:
                        openedAt ??= mark.At;
                        lastSeen = mark.At;
                        firstJoined = firstJoined is null || mark.At < firstJoined ? mark.At : firstJoined;
                        break;
                    case AttendanceSignalKind.Left or AttendanceSignalKind.RoomFinished when openedAt is not null:
                        intervals.Add((openedAt.Value, mark.At));
                        openedAt = null;
                        break;
                }
            }

            if (openedAt is not null)
            {
                // Still in the room: an authoritative source counts until now; a browser report until its last heartbeat.
                var until = authoritative ? end : Min(lastSeen + HeartbeatGrace, end);
                intervals.Add((openedAt.Value, until));
            }

            if (authoritative && ordered.Any(m => m.Kind == AttendanceSignalKind.Joined))
            {
                selfReported = false;
            }
        }

        var minutes = (int)Math.Floor(Union(intervals, windowStart, windowEnd).TotalMinutes);
        return new AttendanceTotal(minutes, firstJoined, intervals.Count > 0 && selfReported);
    }

    private static TimeSpan Union(List<(DateTime From, DateTime To)> intervals, DateTime windowStart, DateTime windowEnd)
    {
        var total = TimeSpan.Zero;
        DateTime? currentFrom = null;
        DateTime currentTo = default;
        foreach (var (from, to) in intervals
                     .Select(i => (From: Max(i.From, windowStart), To: Min(i.To, windowEnd)))
                     .Where(i => i.To > i.From)
                     .OrderBy(i => i.From))
        {
            if (currentFrom is null || from > currentTo)
            {
                if (currentFrom is not null)
                {
                    total += currentTo - currentFrom.Value;
                }

                currentFrom = from;
                currentTo = to;
            }
            else if (to > currentTo)
            {
                currentTo = to;
            }
        }

        return currentFrom is null ? total : total + (currentTo - currentFrom.Value);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
