using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>Applies <see cref="FlowOverrides"/> to a scenario, checking every name they use. Stateless.</summary>
internal static class OverrideApplication
{
    public static Scenario Apply(FlowOverrides overrides, Scenario scenario)
    {
        var modes = scenario.Modes.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var warehouses = scenario.Warehouses.ToDictionary(w => w.Id, StringComparer.Ordinal);
        var classes = scenario.ProductClasses.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (market, product) in overrides.Fulfilment.Keys)
        {
            if (!scenario.Fulfilment.Any(f => f.Market == market && f.ProductClass == product))
            {
                throw new ArgumentException($"The scenario has no fulfilment lane for market {market}, product class {product}.", nameof(overrides));
            }
        }

        foreach (var id in overrides.ClosedWarehouses.Concat(overrides.ReplenishmentModes.Keys).Concat(overrides.WarehouseStock.Keys).Concat(overrides.StockPolicies.Keys.Select(k => k.Warehouse)))
        {
            if (!warehouses.ContainsKey(id))
            {
                throw new ArgumentException($"The scenario has no warehouse {id}.", nameof(overrides));
            }
        }

        foreach (var (warehouse, mode) in overrides.ReplenishmentModes)
        {
            if (!modes.TryGetValue(mode, out var spec) || !spec.Kind.IsReplenishment())
            {
                throw new ArgumentException($"Warehouse {warehouse} cannot be replenished by '{mode}': not a replenishment mode of the scenario.", nameof(overrides));
            }
        }

        var policyLists = overrides.WarehouseStock.Select(p => (p.Key, p.Value)).Concat(overrides.StockPolicies.Select(p => (p.Key.Warehouse, (IReadOnlyList<StockPolicy>)[p.Value])));
        foreach (var (warehouse, policies) in policyLists)
        {
            if (policies.Count == 0 || policies.Any(p => !classes.Contains(p.ProductClass)) || policies.Select(p => p.ProductClass).Distinct().Count() != policies.Count)
            {
                throw new ArgumentException($"The stock policies of {warehouse} must be at least one, for distinct product classes of the scenario.", nameof(overrides));
            }
        }

        foreach (var ((_, product), policy) in overrides.StockPolicies)
        {
            if (policy.ProductClass != product)
            {
                throw new ArgumentException($"The stock policy keyed by {product} is for {policy.ProductClass}.", nameof(overrides));
            }
        }

        foreach (var (mode, perWeek) in overrides.WeeklyDepartures)
        {
            if (!modes.TryGetValue(mode, out var spec) || !spec.Legs.Any(l => l.IsLinehaul && l.Timetable is not null) || perWeek is < 1 or > 168)
            {
                throw new ArgumentException($"Mode '{mode}' cannot depart {perWeek} times a week: it must be a mode of the scenario with a timetabled line-haul leg, and 1 to 168 departures.", nameof(overrides));
            }
        }

        StreamRoutingCheck.Run(overrides, scenario, modes, warehouses);
        return scenario with
        {
            Fulfilment = [.. scenario.Fulfilment.Select(f => overrides.Fulfilment.TryGetValue((f.Market, f.ProductClass), out var policy) ? f with { Policy = policy } : f)],
            Warehouses = [.. scenario.Warehouses.Where(w => !overrides.ClosedWarehouses.Contains(w.Id)).Select(w => Override(overrides, w))],
            Returns = [.. scenario.Returns.Select(r => r.Warehouse is { } w && overrides.ClosedWarehouses.Contains(w) ? r with { ShareToWarehouse = 0, Warehouse = null, WarehouseReverseMode = null } : r)],
            Modes = [.. scenario.Modes.Select(m => overrides.WeeklyDepartures.TryGetValue(m.Id, out int perWeek) ? WeeklyTimetable.Apply(m, perWeek) : m)],
        };
    }

    private static Warehouse Override(FlowOverrides overrides, Warehouse warehouse)
    {
        var policies = (overrides.WarehouseStock.TryGetValue(warehouse.Id, out var listed) ? listed : warehouse.Policies).ToList();
        foreach (var ((id, product), policy) in overrides.StockPolicies)
        {
            if (id == warehouse.Id)
            {
                int index = policies.FindIndex(p => p.ProductClass == product);
                if (index >= 0)
                {
                    policies[index] = policy;
                }
                else
                {
                    policies.Add(policy);
                }
            }
        }

        return warehouse with
        {
            Policies = policies,
            ReplenishmentMode = overrides.ReplenishmentModes.TryGetValue(warehouse.Id, out var mode) ? mode : warehouse.ReplenishmentMode,
        };
    }
}
