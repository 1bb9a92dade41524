using Sim.Models.Flow.Compilation;
using Sim.Models.Network;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The capacity rows of the MIP: for every capacity-limited station the order routes use, the load
/// each route puts on it per order (one parcel, its kilograms, or its mean processing hours of a
/// server), against the capacity times the utilisation cap; and every warehouse's picking, one order
/// per order over the routes whose picking leg has no capacity of its own (they share the warehouse's
/// <c>pick_capacity_per_day</c>, whichever market they serve). Replenishment shipments are left out
/// (a few a week). Stateless.
/// </summary>
internal static class StationLimits
{
    public static List<StationLimit> Of(IReadOnlyList<RouteOption> routes, IReadOnlyList<DemandSegment> segments, IReadOnlyList<WarehouseOption> warehouses, IReadOnlyList<StockOption> stockOptions, double maxUtilisation)
    {
        var limits = new Dictionary<string, (double Capacity, Dictionary<int, double> Loads)>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string name, double capacity, int route, double load)
        {
            if (!limits.TryGetValue(name, out var limit))
            {
                limit = (capacity, []);
                limits.Add(name, limit);
                order.Add(name);
            }

            limit.Loads[route] = limit.Loads.GetValueOrDefault(route) + load;
        }

        foreach (var route in routes)
        {
            var segment = segments[route.Segment];
            foreach (var leg in route.Expectation.Route.Legs)
            {
                if (leg.Capacity is not { } capacity)
                {
                    if (route.FromStock && leg.Spec.Kind == LegKind.WarehouseFulfilment
                        && warehouses[stockOptions[route.StockOption].Warehouse] is { PickCapacityPerDay: { } picks } warehouse)
                    {
                        Add($"quota={warehouse.Id}/pick (orders/day)", picks, route.Index, 1);
                    }

                    continue;
                }

                if (capacity.ParcelsPerDay is { } parcels)
                {
                    Add($"{capacity.Key} (parcels/day)", parcels, route.Index, 1);
                }

                if (capacity.KgPerDay is { } kg)
                {
                    Add($"{capacity.Key} (kg/day)", kg, route.Index, segment.Units * route.Expectation.Product.WeightKg);
                }

                if (capacity.ServerHoursPerDay is { } hours)
                {
                    Add($"{capacity.Key} (server-hours/day)", hours, route.Index, leg.Time.MeanHours);
                }
            }
        }

        return [.. order.Select(name => new StationLimit(name, limits[name].Capacity * maxUtilisation, [.. limits[name].Loads.Select(l => (l.Key, l.Value))]))];
    }
}
