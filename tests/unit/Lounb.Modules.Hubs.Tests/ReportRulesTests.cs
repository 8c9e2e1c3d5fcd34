using Lounb.Modules.Hubs.Application.Reports;
using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Tests;

/// <summary>The monthly report's rules: which month, which counts, the review's state machine and corrections as revisions.</summary>
public sealed class ReportRulesTests
{
    private static readonly ReportMonth October = new(2026, 10);
    private static readonly DateOnly Today = new(2026, 11, 15);
    private static readonly DateTime Now = new(2026, 11, 15, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly Guid Mentor = Guid.NewGuid();

    private static ReportOfMonth NewReport() => new(new Hub(Guid.NewGuid(), "UA-09", "Хаб Сєвєродонецької бібліотеки", HubStatus.Relocated), Coordinator, October, Now);

    private static ReportFigures Figures(int youth = 14, int diia = 20, DateOnly? date = null) => new(
        [new ReportEventInput(ReportEventKind.CodeClub, date ?? new DateOnly(2026, 10, 12), "Code Club: Scratch", new ParticipantCounts(3, 0, youth, 0, 1))],
        new ConsultationCounts(diia, 5, 0, 0, 0, 0),
        "Примітка");

    [Fact]
    public void A_future_month_is_refused_the_current_and_past_ones_are_not()
    {
        Assert.Equal(HubsErrors.FutureMonth, new ReportMonth(2026, 12).CheckNotFuture(Today).Error);
        Assert.True(new ReportMonth(2026, 11).CheckNotFuture(Today).IsSuccess);
        Assert.True(October.CheckNotFuture(Today).IsSuccess);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1999-05")]
    public void A_month_that_is_not_one_is_refused(string value) => Assert.Equal(HubsErrors.MonthInvalid, ReportMonth.Parse(value).Error);

    [Fact]
    public void Months_read_and_step_back_across_the_year()
    {
        Assert.Equal(new ReportMonth(2026, 1), ReportMonth.Parse("2026-01").Value);
        Assert.Equal(new ReportMonth(2025, 12), new ReportMonth(2026, 1).Previous);
        Assert.Equal("жовтень 2026", October.Title);
    }

    [Fact]
    public void An_event_dated_outside_the_month_or_after_today_is_refused_and_nothing_changes()
    {
        var report = NewReport();
        Assert.Equal("Hubs:EventDateOutsideMonth", report.Save(Figures(date: new DateOnly(2026, 11, 2)), Today, Now).Error!.Code);
        Assert.Empty(report.Working.Events);

        var november = new ReportOfMonth(new Hub(Guid.NewGuid(), "UA-09", "Хаб", HubStatus.Active), Coordinator, new ReportMonth(2026, 11), Now);
        Assert.Equal("Hubs:EventDateInFuture", november.Save(Figures(date: new DateOnly(2026, 11, 20)), Today, Now).Error!.Code);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(10_001, 0)]
    [InlineData(int.MaxValue, 0)]
    [InlineData(0, -3)]
    [InlineData(0, 10_001)]
    public void Negative_or_impossible_counts_are_refused(int youth, int diia)
    {
        var report = NewReport();
        var result = report.Save(Figures(youth, diia), Today, Now);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Error!.Code, new[] { "Hubs:ParticipantsInvalid", "Hubs:ConsultationsInvalid" });
        Assert.Empty(report.Working.Events);
        Assert.Equal(0, report.Working.Consultations.Total);
    }

    [Fact]
    public void Participants_of_one_event_together_over_the_limit_are_refused()
    {
        var figures = new ReportFigures([new ReportEventInput(ReportEventKind.Other, new DateOnly(2026, 10, 1), "Свято", new ParticipantCounts(5000, 5000, 1, 0, 0))], ConsultationCounts.None, null);
        Assert.Equal("Hubs:ParticipantsInvalid", figures.Check(October, Today).Error!.Code);
    }

    [Fact]
    public void Submitted_then_returned_with_a_comment_then_corrected_and_approved()
    {
        var report = NewReport();
        Assert.True(report.Save(Figures(), Today, Now).IsSuccess);
        Assert.True(report.Submit(Coordinator, Now).IsSuccess);
        Assert.Equal(HubsErrors.ReportNotEditable, report.Save(Figures(youth: 1), Today, Now).Error);
        Assert.Equal(HubsErrors.ReturnCommentRequired, report.Return(Mentor, "  ", Now).Error);
        Assert.True(report.Return(Mentor, "Уточніть кількість дітей", Now).IsSuccess);
        Assert.Equal(ReportStatus.Returned, report.Working.Status);
        Assert.Equal(HubsErrors.ReportNotSubmitted, report.Approve(Mentor, Now).Error);

        Assert.True(report.Save(Figures(youth: 12), Today, Now).IsSuccess);
        Assert.True(report.Submit(Coordinator, Now).IsSuccess);
        Assert.True(report.Approve(Mentor, Now).IsSuccess);
        Assert.Equal(ReportStatus.Approved, report.Working.Status);
        Assert.Equal(16, report.Approved!.Participants.Total);
        Assert.Equal([ReportAction.Submitted, ReportAction.Returned, ReportAction.Submitted, ReportAction.Approved], report.History.Select(h => h.Action));
        Assert.Equal(HubsErrors.ReportNotSubmitted, report.Approve(Mentor, Now).Error);
    }

    [Fact]
    public void A_correction_after_approval_is_a_new_revision_and_the_approved_figures_change_only_when_it_is_approved()
    {
        var report = NewReport();
        report.Save(Figures(youth: 14), Today, Now);
        report.Submit(Coordinator, Now);
        Assert.Equal(HubsErrors.ReportNotApproved, report.StartCorrection(Coordinator, Now).Error);
        report.Approve(Mentor, Now);

        Assert.True(report.StartCorrection(Coordinator, Now).IsSuccess);
        Assert.Equal(2, report.Working.Number);
        Assert.Equal(ReportStatus.Draft, report.Working.Status);
        Assert.Equal(18, report.Working.Participants.Total);
        Assert.True(report.Save(Figures(youth: 10), Today, Now).IsSuccess);
        report.Submit(Coordinator, Now);
        Assert.Equal(1, report.Approved!.Number);
        Assert.Equal(14, report.Approved.Participants.Youth);

        report.Approve(Mentor, Now);
        Assert.Equal(2, report.Approved!.Number);
        Assert.Equal(10, report.Approved.Participants.Youth);
        Assert.Equal(14, report.Revisions.Single(r => r.Number == 1).Participants.Youth);
    }

    [Fact]
    public void The_form_skips_blank_rows_and_names_the_row_with_text_where_a_number_belongs()
    {
        var form = new ReportForm
        {
            Events =
            [
                new ReportEventRow { Kind = "MediaLiteracy", Date = "2026-10-03", Topic = "Фейки", Older = "7", Youth = "" },
                new ReportEventRow { Kind = "DigitalLiteracy", Displaced = "0" },
            ],
            Diia = "4",
        };
        var figures = form.ToFigures().Value;
        Assert.Single(figures.Events);
        Assert.Equal(7, figures.Events[0].Participants.Total);
        Assert.Equal(4, figures.Consultations.Diia);

        form.Events[0].Youth = "десять";
        Assert.Equal(HubsErrors.ParticipantsInvalid(1), form.ToFigures().Error);
        form.Events[0].Youth = "1";
        form.Events[0].Kind = "99";
        Assert.Equal(HubsErrors.EventKindInvalid(1), form.ToFigures().Error);
        form.Events[0].Kind = "MediaLiteracy";
        form.Tax = "1e3";
        Assert.Equal("Hubs:ConsultationsInvalid", form.ToFigures().Error!.Code);
    }

    [Fact]
    public void Totals_count_only_approved_revisions()
    {
        var hub = new Hub(Guid.NewGuid(), "UA-09", "Хаб", HubStatus.Active);
        var approved = new ReportOfMonth(hub, Coordinator, October, Now);
        approved.Save(Figures(youth: 10, diia: 7), Today, Now);
        approved.Submit(Coordinator, Now);
        approved.Approve(Mentor, Now);
        var waiting = new ReportOfMonth(hub, Coordinator, new ReportMonth(2026, 9), Now);
        waiting.Save(Figures(youth: 100, diia: 100, date: new DateOnly(2026, 9, 9)), Today, Now);
        waiting.Submit(Coordinator, Now);

        var totals = ActivityTotals.Of(hub, [approved, waiting]);
        Assert.Equal(2, totals.ReportsFiled);
        Assert.Equal(1, totals.ReportsApproved);
        Assert.Equal(1, totals.Events);
        Assert.Equal(14, totals.Participants.Total);
        Assert.Equal(12, totals.Consultations.Total);
    }
}
