using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Tests;

/// <summary>How a period is cut into whole months (monthly roll-up) and the days of the months it covers in part (daily roll-up).</summary>
public sealed class ReportMonthsTests
{
    [Fact]
    public void A_period_that_cuts_months_at_both_ends_reads_the_months_between_whole_and_the_ends_by_day()
    {
        var period = new ReportMonths(new DateOnly(2025, 12, 6), new DateOnly(2026, 12, 5));

        Assert.True(period.HasWholeMonths);
        Assert.Equal(new DateOnly(2026, 1, 1), period.FirstWholeMonth);
        Assert.Equal(new DateOnly(2026, 11, 1), period.LastWholeMonth);
        Assert.Equal(new DateOnly(2025, 12, 31), period.HeadEnd);
        Assert.Equal(new DateOnly(2026, 12, 1), period.TailStart);
        Assert.Equal(0b0111_1111_1111_1111_1111_1111_1110_0000, period.FirstMonthDays);
        Assert.Equal(0b1_1111, period.LastMonthDays);
    }

    [Fact]
    public void Whole_calendar_months_read_no_days()
    {
        var period = new ReportMonths(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

        Assert.Equal(new DateOnly(2026, 1, 1), period.FirstWholeMonth);
        Assert.Equal(new DateOnly(2026, 3, 1), period.LastWholeMonth);
        Assert.False(period.HasEnds);
    }

    [Fact]
    public void A_period_inside_one_month_reads_only_its_days()
    {
        var period = new ReportMonths(new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 12));

        Assert.False(period.HasWholeMonths);
        Assert.Equal(new DateOnly(2026, 2, 12), period.HeadEnd);
        Assert.Equal(0b1110_0000_0000, period.FirstMonthDays);
        Assert.Equal(period.FirstMonthDays, period.LastMonthDays);
    }

    [Fact]
    public void Two_half_months_without_a_whole_month_between_read_both_halves_by_day()
    {
        var period = new ReportMonths(new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10));

        Assert.False(period.HasWholeMonths);
        Assert.Equal(new DateOnly(2026, 2, 10), period.HeadEnd);
        Assert.True(period.TailStart > period.To);
        Assert.Equal(ReportMonths.DayBit(new DateOnly(2026, 1, 31)), period.FirstMonthDays & ReportMonths.DayBit(new DateOnly(2026, 1, 31)));
        Assert.Equal(0, period.FirstMonthDays & ReportMonths.DayBit(new DateOnly(2026, 1, 19)));
        Assert.Equal(0b11_1111_1111, period.LastMonthDays);
    }

    [Fact]
    public void Learner_months_keep_the_days_with_learning_per_course_and_for_all_courses_and_ignore_other_measures()
    {
        var person = Guid.NewGuid();
        var (courseA, courseB) = (Guid.NewGuid(), Guid.NewGuid());
        var place = new FactPlace("UA-09", Guid.NewGuid(), Guid.NewGuid(), ReportAudience.Adult);
        ReportFact Fact(string key, string measure, int month, int day, Guid course) => new(key, measure, new DateOnly(2026, month, day), person, course, place, 1);

        var rows = LearnerMonth.Of(
        [
            Fact("enrolled:1", ReportMeasures.Enrolled, 3, 2, courseA),
            Fact("lesson:1:1", ReportMeasures.LessonCompleted, 3, 5, courseA),
            Fact("enrolled:2", ReportMeasures.Enrolled, 3, 5, courseB),
            Fact("attempt:1", ReportMeasures.AttemptGraded, 4, 1, Guid.Empty),
            Fact("certificate:1", ReportMeasures.CertificateIssued, 3, 20, courseA),
        ]);

        LearnerMonthKey Key(int month, bool any, Guid course) => new(new DateOnly(2026, month, 1), person, any, course, "UA-09", place.HromadaId, place.LibraryId, ReportAudience.Adult);
        Assert.Equal(5, rows.Count);
        Assert.Equal(0b1_0010, rows[Key(3, false, courseA)]);
        Assert.Equal(0b1_0000, rows[Key(3, false, courseB)]);
        Assert.Equal(0b1_0010, rows[Key(3, true, Guid.Empty)]);
        Assert.Equal(0b1, rows[Key(4, false, Guid.Empty)]);
        Assert.Equal(0b1, rows[Key(4, true, Guid.Empty)]);
    }

    [Fact]
    public void A_track_links_each_month_to_the_last_day_with_learning_before_it_and_a_second_place_marks_the_whole_track()
    {
        var person = Guid.NewGuid();
        var course = Guid.NewGuid();
        var home = new FactPlace("UA-09", Guid.NewGuid(), Guid.NewGuid(), ReportAudience.Adult);
        var away = home with { LibraryId = Guid.NewGuid() };
        LearnerMonth Row(int month, int days, FactPlace place, bool anyCourse = true) =>
            new(new LearnerMonthKey(new DateOnly(2026, month, 1), person, anyCourse, anyCourse ? Guid.Empty : course, place.OblastCode, place.HromadaId, place.LibraryId, place.Audience), days);
        var january = Row(1, 0b1_0000_0001, home);
        var march = Row(3, 0b10, home);
        var marchCourse = Row(3, 0b10, home, anyCourse: false);
        var aprilAway = Row(4, 0b1, away);
        var aprilHome = Row(4, 0b100, home);

        LearnerTracks.Link([march, aprilAway, january, marchCourse]);

        Assert.Equal((DateOnly.MinValue, true), (january.PreviousDay, january.SeveralPlaces));
        Assert.Equal((new DateOnly(2026, 1, 9), true), (march.PreviousDay, march.SeveralPlaces));
        Assert.Equal(new DateOnly(2026, 3, 2), aprilAway.PreviousDay);
        Assert.Equal((DateOnly.MinValue, false), (marchCourse.PreviousDay, marchCourse.SeveralPlaces));

        LearnerTracks.Link([january, march, aprilHome]);

        Assert.False(march.SeveralPlaces);
        Assert.Equal(new DateOnly(2026, 3, 2), aprilHome.PreviousDay);
        Assert.Equal(new DateOnly(2026, 4, 3), aprilHome.LastDay);
    }
}
