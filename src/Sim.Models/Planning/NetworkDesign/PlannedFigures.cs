namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// What a solution of the network-design MIP expects of a group of orders (a market, or all):
/// orders per day, cost per order as the simulation books it (route costs, warehouse stock and
/// shipment costs allocated to the orders that draw on the stock, warehouse fixed costs), mean
/// delivery days and on-time probability. Immutable.
/// </summary>
/// <param name="OrdersPerDay">Orders per day.</param>
/// <param name="CostPerOrder">Expected cost per order, scenario currency.</param>
/// <param name="MeanDays">Expected mean days from order to delivery.</param>
/// <param name="OnTimeProbability">Expected share of orders delivered within their promise.</param>
public sealed record PlannedFigures(double OrdersPerDay, double CostPerOrder, double MeanDays, double OnTimeProbability);
