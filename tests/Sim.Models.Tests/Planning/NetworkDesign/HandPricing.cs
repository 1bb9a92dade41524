using MathNet.Numerics.Distributions;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>
/// The figures of <see cref="PlanningScenarios.TwoClasses"/> (default sea costs) worked out by hand from
/// its legs, none read from the planner: what an order costs and takes by each mode, the chance it
/// arrives, and what a class stocked at the warehouse costs per order cycle. Every value is under the
/// US de minimis of 800 (a B2B order of 10 gadgets declares 250), so no parcel pays duty; the sea leg
/// has no customs, so stock pays none either; no class returns.
/// </summary>
internal sealed class HandPricing(PlanningSettings settings) : IPlanPricing
{
    /// <summary>Holding per unit and day at the warehouse.</summary>
    private const double Holding = 0.02;

    /// <summary>Days by sea, constant: the lead time, with no variance.</summary>
    private const double LeadDays = 20;

    public double PerOrder(PlanningProblem problem, RouteOption route)
    {
        var (cost, days, arrives) = Route(problem, route);
        double promise = problem.Segments[route.Segment].ProductClass == "gadget" ? 10 : 12;
        double onTime = days <= promise ? arrives : 0;
        return cost + (settings.ValueOfTimePerParcelDay * days) + (settings.LatePenaltyPerParcel * (1 - onTime));
    }

    public double MeanDays(PlanningProblem problem, RouteOption route) => Route(problem, route).Days;

    public double ServiceValue(PlanningProblem problem, ServiceTarget target, RouteOption route)
    {
        var (_, days, arrives) = Route(problem, route);
        return target.Measure == ServiceMeasure.MeanDays ? days : days <= target.Level.WithinDays ? arrives : 0;
    }

    /// <summary>
    /// An (s,S) policy reviewed daily, a shipment every T days: per shipment 300, per unit 0.1, and
    /// ⌈x·T·volume / 67 m³⌉ containers at 5,000 each; holding of the cycle stock (T/2 days of flow), of the
    /// pipeline (20 days of flow) and of the safety stock z·σ, σ = √(x·21·dispersion) (the lead time and the
    /// review day), taken on its tangent at the class's whole demand x0 (so it is linear in x), z the
    /// normal quantile of p/(p + h). The shortage cost p is what a stock-out costs more per unit by the
    /// fallback, postal, the cheapest direct mode (5.46 a gadget, 6.96 a widget), than by the warehouse,
    /// averaged over the class's warehouse routes (a gadget: 5 for a B2C order, 0.5 a unit for a B2B order).
    /// </summary>
    public IEnumerable<CycleQuote> Cycles(PlanningProblem problem, StockOption stock, int mode)
    {
        var (x0, dispersion, volume, shortage) = stock.ProductClass == "gadget"
            ? (180 + (20 * 10.0), ((180 * 1.0) + (20 * 10 * 10)) / 380, 0.002, (2 + (3 * 0.5) + (0.98 * 2)) - ((5 + 0.5) / 2))
            : (100.0, 1.0, 0.01, (2 + 3 + (0.98 * 2)) - 5.0);
        double z = Normal.InvCDF(0, 1, shortage / (shortage + Holding));
        double sigma = Math.Sqrt(x0 * (LeadDays + 1) * dispersion);
        double slope = (LeadDays + 1) * dispersion / (2 * sigma);
        double intercept = sigma - (slope * x0);
        foreach (double days in NetworkDesignOptions.DefaultCycleDays)
        {
            double Freight(double flow) => Math.Ceiling((flow * days * volume / 67) - 1e-9) * 5000 / days;
            yield return new CycleQuote(
                days,
                (300 / days) + (Holding * z * intercept),
                0.1 + (Holding * days / 2) + (Holding * z * slope) + (Holding * LeadDays),
                days + (z * slope),
                z * intercept,
                Freight);
        }
    }

    /// <summary>Cost per order, days from order to delivery and the chance of arriving, by mode, class and units per order.</summary>
    private static (double Cost, double Days, double Arrives) Route(PlanningProblem problem, RouteOption route)
    {
        var segment = problem.Segments[route.Segment];
        double kg = segment.Units * (segment.ProductClass == "gadget" ? 0.5 : 1.0);
        return route.Mode switch
        {
            // Pickup 1 (6 h), line-haul 10 + 4 a kg (a day; 0.2% lost), customs a day, the last mile 3
            // (2 days) paid by the 99.8% not lost.
            "express" => (1 + 10 + (4 * kg) + (0.998 * 3), 0.25 + 1 + 1 + 2, 0.998),
            // Line-haul 2 + 3 a kg (6 days; 2% lost), customs a day, the last mile 2 (4 days).
            "postal" => (2 + (3 * kg) + (0.98 * 2), 6 + 1 + 4, 0.98),
            // Pick and pack 1 an order (an hour), the last mile 4 (a day; 0.1% lost at its end).
            "owh" => (1 + 4, 25.0 / 24, 0.999),
            _ => throw new ArgumentException($"no hand price for mode {route.Mode}", nameof(route)),
        };
    }
}
