namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A timetabled line of order routes whose departures carry a <c>per_shipment</c> charge shared by the
/// parcels on each: it costs <see cref="CostPerDay"/> (charge × departures per day) once any route that
/// uses it carries orders. Immutable.
/// </summary>
/// <param name="Name">Its resource key (<c>line=MODE/LEG/MARKET</c>).</param>
/// <param name="CostPerDay">The charge per departure times the departures per day.</param>
/// <param name="Routes">The route options that use it.</param>
public sealed record SharedDeparture(string Name, double CostPerDay, IReadOnlyList<int> Routes);
