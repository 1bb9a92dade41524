using Sim.Models.Flow.Compilation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// One way to send a <see cref="DemandSegment"/>'s orders: a direct mode from its origin, or a
/// warehouse mode from a warehouse serving its market (which must then stock the class). Its figures
/// are per order, from <see cref="RouteExpectation"/> plus any correction the simulation-optimisation
/// loop measured. Immutable.
/// </summary>
/// <param name="Index">Its index in <see cref="PlanningProblem.Routes"/>.</param>
/// <param name="Segment">The segment's index.</param>
/// <param name="Mode">The mode id.</param>
/// <param name="Warehouse">The warehouse id of a warehouse mode; null for a direct mode.</param>
/// <param name="StockOption">The index of the (warehouse, class) in <see cref="PlanningProblem.StockOptions"/>; -1 for a direct mode.</param>
/// <param name="Expectation">What the route's legs are expected to cost and take (for the segment's units).</param>
/// <param name="CostPerOrder">Expected cost per order as the simulation books it to the order's group: leg costs, duties and taxes on the measured days, returns; warehouse stock costs excluded (they are the stock option's). Scenario currency.</param>
/// <param name="MeanDays">Expected days from order (or, from a warehouse, from picking) to delivery for an order that arrives.</param>
/// <param name="OnTimeProbability">Expected probability that an order is delivered within its promise; lost and seized orders are not.</param>
public sealed record RouteOption(
    int Index,
    int Segment,
    string Mode,
    string? Warehouse,
    int StockOption,
    RouteExpectation Expectation,
    double CostPerOrder,
    double MeanDays,
    double OnTimeProbability)
{
    /// <summary>True for a warehouse mode (served from stock).</summary>
    public bool FromStock => StockOption >= 0;

    /// <summary>The route as a plan or a KPI names it: the mode, or <c>mode@warehouse</c>.</summary>
    public string Name => Warehouse is null ? Mode : $"{Mode}@{Warehouse}";
}
