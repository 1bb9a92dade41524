namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>
/// An order cycle of a stock option as <see cref="PlanEnumeration"/> prices it at a flow of x units a day:
/// cost per day <see cref="FixedPerDay"/> + <see cref="PerUnit"/>·x + freight(x), peak stock
/// <see cref="StockPerUnit"/>·x + <see cref="StockFixed"/>.
/// </summary>
internal sealed record CycleQuote(double CycleDays, double FixedPerDay, double PerUnit, double StockPerUnit, double StockFixed, Func<double, double> Freight)
{
    public double CostAt(double flow) => FixedPerDay + (PerUnit * flow) + Freight(flow);

    public double StockAt(double flow) => (StockPerUnit * flow) + StockFixed;
}
