using Sim.Models.Inventory;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>
/// Decisions made outside the scenario file and applied on top of it before it is compiled: a
/// fulfilment policy per lane (market, product class) and a stock policy per (warehouse, product
/// class). This is the seam a plan comes in by: planning maps its plan onto it. Immutable.
/// </summary>
public sealed record FlowOverrides
{
    /// <summary>No override: the scenario as it is.</summary>
    public static FlowOverrides None { get; } = new();

    /// <summary>The fulfilment policy of each overridden lane, keyed by (market code, product class id); the lane must have demand in the scenario.</summary>
    public IReadOnlyDictionary<(string Market, string ProductClass), FulfilmentPolicySpec> Fulfilment { get; init; } =
        new Dictionary<(string Market, string ProductClass), FulfilmentPolicySpec>();

    /// <summary>
    /// The stock policy of each overridden stock point, keyed by (warehouse id, product class id); the
    /// policy's <see cref="StockPolicy.ProductClass"/> must be the key's. A class the warehouse did not
    /// stock starts being stocked.
    /// </summary>
    public IReadOnlyDictionary<(string Warehouse, string ProductClass), StockPolicy> StockPolicies { get; init; } =
        new Dictionary<(string Warehouse, string ProductClass), StockPolicy>();

    /// <summary>True when nothing is overridden.</summary>
    public bool IsEmpty => Fulfilment.Count == 0 && StockPolicies.Count == 0;

    /// <summary>The scenario with these overrides applied.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <returns><paramref name="scenario"/> itself when there is nothing to override, else a changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">An override names a lane, warehouse or product class the scenario does not have, or a stock policy of another class than its key's.</exception>
    public Scenario ApplyTo(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (IsEmpty)
        {
            return scenario;
        }

        foreach (var (market, product) in Fulfilment.Keys)
        {
            if (!scenario.Fulfilment.Any(f => f.Market == market && f.ProductClass == product))
            {
                throw new ArgumentException($"The scenario has no fulfilment lane for market {market}, product class {product}.", nameof(scenario));
            }
        }

        foreach (var ((warehouse, product), policy) in StockPolicies)
        {
            if (!scenario.Warehouses.Any(w => w.Id == warehouse))
            {
                throw new ArgumentException($"The scenario has no warehouse {warehouse}.", nameof(scenario));
            }

            if (!scenario.ProductClasses.Any(p => p.Id == product) || policy.ProductClass != product)
            {
                throw new ArgumentException($"The stock policy for {warehouse}/{product} must be for a product class of the scenario, and for {product}.", nameof(scenario));
            }
        }

        return scenario with
        {
            Fulfilment = [.. scenario.Fulfilment.Select(f => Fulfilment.TryGetValue((f.Market, f.ProductClass), out var policy) ? f with { Policy = policy } : f)],
            Warehouses = [.. scenario.Warehouses.Select(Override)],
        };
    }

    private Warehouse Override(Warehouse warehouse)
    {
        var policies = warehouse.Policies
            .Select(p => StockPolicies.TryGetValue((warehouse.Id, p.ProductClass), out var replaced) ? replaced : p)
            .ToList();
        foreach (var ((id, product), policy) in StockPolicies)
        {
            if (id == warehouse.Id && !warehouse.Policies.Any(p => p.ProductClass == product))
            {
                policies.Add(policy);
            }
        }

        return warehouse with { Policies = policies };
    }
}
