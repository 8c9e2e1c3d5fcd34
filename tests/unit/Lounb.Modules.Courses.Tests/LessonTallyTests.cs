using Lounb.Modules.Courses.Application;

namespace Lounb.Modules.Courses.Tests;

public sealed class LessonTallyTests
{
    [Fact]
    public void Counts_only_the_required_lessons_passed_out_of_all_required()
    {
        var required = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var optional = Guid.NewGuid();
        var removed = Guid.NewGuid();

        var tally = LessonTally.Of(required, [required[0], required[2], optional, removed]);

        Assert.Equal(new LessonTally(2, 3), tally);
        Assert.Equal("2 з 3", tally.ToString());
    }

    [Fact]
    public void A_learner_with_nothing_passed_reads_zero_of_the_total()
    {
        Assert.Equal("0 з 2", LessonTally.Of([Guid.NewGuid(), Guid.NewGuid()], []).ToString());
    }
}
