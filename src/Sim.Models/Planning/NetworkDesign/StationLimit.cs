namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A capacity-limited station shared by routes: the load the orders sent by each route put on it per
/// order, and what it can take per day (already scaled by the planning section's
/// <c>max_utilisation</c>). Σ orders per day × load ≤ <see cref="Capacity"/>. Immutable.
/// </summary>
/// <param name="Name">The station and measure, e.g. <c>quota=postal/exchange (parcels/day)</c>.</param>
/// <param name="Capacity">What it can take per day, in the measure of the loads.</param>
/// <param name="Loads">(route option index, load per order) pairs; routes unique.</param>
public sealed record StationLimit(string Name, double Capacity, IReadOnlyList<(int Route, double PerOrder)> Loads);
