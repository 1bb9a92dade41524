using Sim.Models.Planning.Plans;

namespace Sim.Models.Tests.Planning.Plans;

/// <summary>The stock-out fallback and the starting stock of a planned policy.</summary>
public sealed partial class PlanLoaderTests
{
    private const string Policy = "{product_class: electronics, kind: min_max, reorder_point: 350, order_up_to: 800, review_period_days: 1}";

    [Fact]
    public void TryParse_FallbackAndInitialStock_Read()
    {
        var yaml = BaselinePlan.With(Policy, "{product_class: electronics, kind: min_max, reorder_point: 350, order_up_to: 800, review_period_days: 1, initial_stock: 500, fallback_mode: dedicated}");

        var (plan, errors) = Parse(yaml);

        Assert.Empty(errors);
        var policy = plan!.Warehouses.Single(w => w.Id == "gb-warehouse").Policies.Single();
        Assert.Equal("dedicated", policy.FallbackMode);
        Assert.Equal(500, policy.InitialStock);
        Assert.Equal(500, policy.StartingStock);
    }

    [Theory]
    [InlineData("fallback_mode: dedicatd", "unknown mode 'dedicatd' (did you mean 'dedicated'?)")]
    [InlineData("fallback_mode: owh", "mode 'owh' is a overseas_warehouse mode; a fallback ships from the origin by a direct mode")]
    [InlineData("fallback_mode: directmail-cn", "mode 'directmail-cn' has no lane from shenzhen to GB, where electronics is sold")]
    [InlineData("initial_stock: -5", "-5 must be zero or more")]
    public void TryParse_BadFallbackOrInitialStock_RejectedAtItsLine(string field, string reason)
    {
        var yaml = BaselinePlan.With(Policy, Policy.Replace("}", ", " + field + "}", StringComparison.Ordinal));

        var error = SingleError(yaml);

        Assert.Equal(reason, error.Reason);
        Assert.Equal(BaselinePlan.LineOf(yaml, field), error.Line);
        Assert.StartsWith("warehouses[gb-warehouse].policies[electronics].", error.Field, StringComparison.Ordinal);
    }
}
