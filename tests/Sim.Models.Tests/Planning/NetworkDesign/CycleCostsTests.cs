using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class CycleCostsTests
{
    /// <summary>
    /// Widgets at the US warehouse of <see cref="PlanningScenarios.TwoClasses"/>, shipped by sea every 14
    /// days, worked out by hand. Demand 100 a day of single units (dispersion 1), lead time 20 days
    /// exactly, reviewed daily: σ = √(100 × 21) = 45.8258 at the class's whole demand, slope
    /// 21 / (2σ) = 0.229129 per unit of flow, intercept σ/2 = 22.9129. Holding h = 0.02; a stock-out
    /// goes by postal at 6.96 (2 + 3 a kg + 98% of the last mile's 2) against the warehouse's 5, so
    /// p = 1.96 and z = Φ⁻¹(1.96 / 1.98) = 2.322575.
    /// </summary>
    [Fact]
    public void Of_WidgetsEveryFourteenDays_TheTermsWorkedOutByHand()
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(PlanningSettings.Default));
        var widgets = problem.StockOptions.Single(o => o.ProductClass == "widget");
        Assert.Equal(1.96, widgets.ShortageCostPerUnitDay, 12);
        Assert.Equal(20, widgets.Replenishment[0].LeadTimeDays, 12);

        var cycle = CycleCosts.Of(widgets, widgets.Replenishment[0], 14);

        // Order: 300 a shipment over 14 days; safety stock's intercept: h z 22.9129 = 1.064337.
        Assert.Equal((300.0 / 14) + 1.0643373599820, cycle.FixedPerDay, 9);
        Assert.Equal(22.492908788553, cycle.FixedPerDay, 9);
        // Per unit: freight 0.1, cycle stock h × 14/2 = 0.14, safety stock h z 0.229129 = 0.010643, pipeline h × 20 = 0.4.
        Assert.Equal(0.65064337359982, cycle.PerUnit, 12);
        Assert.Equal(0.4, cycle.PipelinePerUnit, 12);
        // Peak stock: 14 days of flow plus z × slope = 0.532169 per unit of flow, and z × 22.9129 = 53.2169 units.
        Assert.Equal(14.532168679991, cycle.StockPerUnit, 9);
        Assert.Equal(53.216867999100, cycle.StockFixed, 9);
        // Containers: 14 days × 0.01 m³ a unit / 67 m³ per unit of daily flow, each 5,000 / 14 a day.
        var freight = Assert.Single(cycle.Containers);
        Assert.Equal(0.0020895522388060, freight.PerUnitOfFlow, 15);
        Assert.Equal(357.14285714285717, freight.CostPerDay, 9);
        Assert.False(cycle.BaseStock);
    }
}
