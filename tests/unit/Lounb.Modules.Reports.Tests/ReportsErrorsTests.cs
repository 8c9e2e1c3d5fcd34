using Lounb.Modules.Core.Results;
using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Tests;

public sealed class ReportsErrorsTests
{
    [Fact]
    public void A_period_ending_before_it_starts_is_refused_as_invalid_input_with_a_module_code()
    {
        Assert.Equal(ErrorKind.Invalid, ReportsErrors.PeriodInvalid.Kind);
        Assert.Equal("Reports:PeriodInvalid", ReportsErrors.PeriodInvalid.Code);
    }
}
