using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>Checks the <see cref="FlowOverrides.Routing"/> of demand streams against the scenario and the other overrides. Stateless.</summary>
internal static class StreamRoutingCheck
{
    /// <summary>How far a routing's shares may sum from 1.</summary>
    public const double ShareTolerance = 1e-6;

    public static void Run(FlowOverrides overrides, Scenario scenario, Dictionary<string, Mode> modes, Dictionary<string, Warehouse> warehouses)
    {
        var streams = scenario.DemandStreams.Select(d => (d.Origin, d.Market, d.ProductClass)).ToHashSet();
        var lanes = scenario.Lanes.Select(l => (l.Origin, l.Market, l.Mode)).ToHashSet();
        foreach (var (key, routing) in overrides.Routing)
        {
            string name = $"{key.Origin}/{key.Market}/{key.ProductClass}";
            if (!streams.Contains(key))
            {
                throw new ArgumentException($"The demand table has no stream {name}.", nameof(overrides));
            }

            foreach (var shares in routing.B2b is null ? [routing.B2c] : new[] { routing.B2c, routing.B2b })
            {
                if (shares.Count == 0 || shares.Any(s => !(s.Share is >= 0 and <= 1)) || Math.Abs(shares.Sum(s => s.Share) - 1) > ShareTolerance)
                {
                    throw new ArgumentException($"The routing of {name} needs at least one route, shares in [0, 1] summing to 1.", nameof(overrides));
                }

                foreach (var share in shares)
                {
                    Check(share, key, name, overrides, modes, warehouses, lanes);
                }
            }
        }
    }

    private static void Check(
        RoutedShare share,
        (string Origin, string Market, string ProductClass) key,
        string name,
        FlowOverrides overrides,
        Dictionary<string, Mode> modes,
        Dictionary<string, Warehouse> warehouses,
        HashSet<(string, string, string)> lanes)
    {
        if (!modes.TryGetValue(share.Mode, out var mode) || !mode.Kind.CarriesOrders())
        {
            throw new ArgumentException($"The routing of {name} names '{share.Mode}', which is not a mode carrying orders.", nameof(overrides));
        }

        if (mode.Kind.IsDirectMode())
        {
            if (share.Warehouse is not null || !lanes.Contains((key.Origin, key.Market, mode.Id)))
            {
                throw new ArgumentException($"The routing of {name} sends orders by '{mode.Id}' without a lane from {key.Origin} to {key.Market} (or names a warehouse for a direct mode).", nameof(overrides));
            }

            return;
        }

        if (share.Warehouse is not { } id || !warehouses.TryGetValue(id, out var warehouse) || overrides.ClosedWarehouses.Contains(id)
            || warehouse.Market != key.Market || warehouse.FulfilmentMode != mode.Id)
        {
            throw new ArgumentException($"The routing of {name} sends orders by '{mode.Id}' through '{share.Warehouse}', which is not an open warehouse serving {key.Market} by that mode.", nameof(overrides));
        }
    }
}
