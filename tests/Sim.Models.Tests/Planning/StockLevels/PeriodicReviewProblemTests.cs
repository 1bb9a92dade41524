using Sim.Models.Planning.StockLevels;

namespace Sim.Models.Tests.Planning.StockLevels;

public sealed class PeriodicReviewProblemTests
{
    private static readonly PeriodicReviewProblem Valid = new() { MeanDemand = 10, OrderCost = 64, HoldingCost = 1, BackorderCost = 9, LeadTimePeriods = 1 };

    [Fact]
    public void Problems_ValidProblem_IsEmpty()
    {
        Assert.Empty(Valid.Problems());
        Assert.Equal(20, Valid.LeadTimeDemand);
    }

    [Theory]
    [InlineData("mean", "mean demand", nameof(PeriodicReviewProblem.MeanDemand))]
    [InlineData("order", "order cost", nameof(PeriodicReviewProblem.OrderCost))]
    [InlineData("holding", "holding cost", nameof(PeriodicReviewProblem.HoldingCost))]
    [InlineData("backorder", "backorder cost", nameof(PeriodicReviewProblem.BackorderCost))]
    [InlineData("lead", "lead time", nameof(PeriodicReviewProblem.LeadTimePeriods))]
    public void Problems_OneBadValue_NamesThatParameter(string field, string named, string parameter)
    {
        var candidate = field switch
        {
            "mean" => Valid with { MeanDemand = double.NaN },
            "order" => Valid with { OrderCost = -1 },
            "holding" => Valid with { HoldingCost = 0 },
            "backorder" => Valid with { BackorderCost = double.PositiveInfinity },
            _ => Valid with { LeadTimePeriods = -1 },
        };

        var problems = candidate.Problems();

        var found = Assert.Single(problems);
        Assert.Equal(parameter, found.Parameter);
        Assert.StartsWith(named, found.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_TooLargeToSolveQuickly_SaysWhatIsSupported()
    {
        Assert.Contains("at most", Assert.Single((Valid with { MeanDemand = 1e7 }).Problems()).Reason, StringComparison.Ordinal);
        Assert.Contains("at most", Assert.Single((Valid with { OrderCost = 1e9 }).Problems()).Reason, StringComparison.Ordinal);
        Assert.Contains("at most", Assert.Single((Valid with { BackorderCost = 1e-6 }).Problems()).Reason, StringComparison.Ordinal);
        Assert.Contains("at least", Assert.Single((Valid with { MeanDemand = 1e-9 }).Problems()).Reason, StringComparison.Ordinal);
        Assert.Contains("at most", Assert.Single((Valid with { HoldingCost = 1e13 }).Problems()).Reason, StringComparison.Ordinal);
        Assert.Contains("factor", Assert.Single((Valid with { OrderCost = 0, BackorderCost = 2e6 }).Problems()).Reason, StringComparison.Ordinal);
    }
}
