using Sim.Models.Demand;
using Sim.Models.Fulfilment;
using Sim.Models.Inventory;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// Compiles each demand stream: its rates and peaks on the simulated clock and its lane's fulfilment
/// policy, whose options carry their route's <see cref="RouteExpectation"/> figures. Stateless.
/// </summary>
internal static class DemandCompiler
{
    public static DemandSourceSpec[] Compile(NetworkBuilder builder, IReadOnlyDictionary<(string Origin, string Market, string ProductClass), StreamRouting> routing)
    {
        var scenario = builder.Scenario;
        var policies = new Dictionary<(string Market, string Product), FulfilmentPolicySpec>();
        foreach (var lane in scenario.Fulfilment)
        {
            policies[(lane.Market, lane.ProductClass)] = lane.Policy;
        }

        var sources = new List<DemandSourceSpec>();
        foreach (var stream in scenario.DemandStreams)
        {
            int market = builder.MarketIndex.TryGetValue(stream.Market, out int m) ? m : throw new InvalidOperationException($"Unknown market '{stream.Market}'.");
            int product = builder.ProductIndex.TryGetValue(stream.ProductClass, out int p) ? p : throw new InvalidOperationException($"Unknown product class '{stream.ProductClass}'.");
            if (routing.TryGetValue((stream.Origin, stream.Market, stream.ProductClass), out var routed))
            {
                sources.Add(Source(stream, market, product, Routed(builder, routed, stream, product), scenario.StartDate));
                continue;
            }

            if (!policies.TryGetValue((stream.Market, stream.ProductClass), out var spec))
            {
                throw new InvalidOperationException($"No fulfilment policy for market {stream.Market}, product class {stream.ProductClass}.");
            }

            (List<string> Modes, List<double> Shares) listed = spec switch
            {
                FixedModePolicy fixedMode => ([fixedMode.Mode], []),
                SplitSharesPolicy split => ([.. split.Shares.Select(s => s.Mode)], [.. split.Shares.Select(s => s.Share)]),
                RuleBasedPolicy rule => ([.. rule.Modes], []),
                _ => throw new InvalidOperationException($"Unknown fulfilment policy {spec.GetType().Name}."),
            };
            var (modes, shares) = listed;

            bool ruleBased = spec is RuleBasedPolicy;
            var options = new List<FulfilmentOption>();
            var optionShares = new List<double>();
            var fallbacks = new List<int>();
            for (int i = 0; i < modes.Count; i++)
            {
                if (OptionFor(builder, modes[i], stream.Origin, stream.Market, product, ruleBased, out int fallback) is FulfilmentOption chosen)
                {
                    options.Add(chosen);
                    fallbacks.Add(fallback);
                    if (shares.Count > 0)
                    {
                        optionShares.Add(shares[i]);
                    }
                }
            }

            if (options.Count == 0)
            {
                throw new InvalidOperationException($"No mode of the policy for {stream.Market}/{stream.ProductClass} is offered from {stream.Origin}.");
            }

            IFulfilmentPolicy policy = spec switch
            {
                FixedModePolicy => new FixedModeFulfilment(options[0]),
                SplitSharesPolicy => new SplitSharesFulfilment(options, optionShares),
                _ => new RuleBasedFulfilment(options),
            };
            sources.Add(Source(stream, market, product, (policy, [.. fallbacks]), scenario.StartDate));
        }

        return [.. sources];
    }

    private static DemandSourceSpec Source(DemandStreamSpec stream, int market, int product, (IFulfilmentPolicy Policy, int[] Fallbacks) chosen, DateOnly startDate) => new()
    {
        OrdersPerDay = stream.OrdersPerDay,
        Weekly = [.. stream.WeeklyPattern],
        Peaks = PeaksOf(stream, stream.Market, startDate),
        Product = product,
        Market = market,
        B2bShare = stream.B2bShare,
        B2bUnits = stream.B2bUnitsPerOrder,
        Policy = chosen.Policy,
        FulfilmentStream = "fulfilment/" + stream.Market + "/" + stream.ProductClass,
        FallbackRoutes = chosen.Fallbacks,
        PreferredStockOption = chosen.Policy is RuleBasedFulfilment ruled ? ruled.FirstStockOption : -1,
    };

    /// <summary>The split policy of a routed stream (one per segment when its B2B orders are routed apart) and the fallback route of each option.</summary>
    private static (IFulfilmentPolicy Policy, int[] Fallbacks) Routed(NetworkBuilder builder, StreamRouting routing, DemandStreamSpec stream, int product)
    {
        var fallbacks = new List<int>();
        SplitSharesFulfilment Split(IReadOnlyList<RoutedShare> shares)
        {
            var options = new List<FulfilmentOption>();
            foreach (var share in shares)
            {
                options.Add(OptionFor(builder, share.Mode, stream.Origin, stream.Market, product, ruleBased: false, out int fallback, share.Warehouse)!.Value);
                fallbacks.Add(fallback);
            }

            return new SplitSharesFulfilment(options, [.. shares.Select(s => s.Share)]);
        }

        var b2c = Split(routing.B2c);
        IFulfilmentPolicy policy = routing.B2b is { } b2b ? new SegmentedFulfilment(b2c, Split(b2b)) : b2c;
        return (policy, [.. fallbacks]);
    }

    private static (long From, long To, double Multiplier)[] PeaksOf(DemandStreamSpec stream, string market, DateOnly startDate)
    {
        var peaks = new List<(long, long, double)>();
        int start = startDate.DayNumber;
        foreach (var peak in stream.Peaks)
        {
            if (peak.Markets.Count == 0 || peak.Markets.Contains(market))
            {
                peaks.Add((peak.From.DayNumber - start, peak.To.DayNumber - start, peak.Multiplier));
            }
        }

        return [.. peaks];
    }

    /// <summary>
    /// The option of <paramref name="modeId"/> for a stream; for a warehouse mode, through
    /// <paramref name="warehouseId"/> when given, else the warehouse serving the market by that mode.
    /// Null when a rule-based policy cannot use the mode here.
    /// </summary>
    private static FulfilmentOption? OptionFor(NetworkBuilder builder, string modeId, string origin, string market, int product, bool ruleBased, out int fallback, string? warehouseId = null)
    {
        fallback = -1;
        var mode = builder.Mode(modeId);
        int route;
        int stockPoint = -1;
        if (Network.ModeKindFacts.IsWarehouseMode(mode.Kind))
        {
            var warehouse = builder.Warehouses.Find(w => w.Spec.ServesBy(market, modeId) && (warehouseId is null || w.Spec.Id == warehouseId));
            if (warehouse is null)
            {
                return ruleBased ? null : throw new InvalidOperationException($"No warehouse serves market {market} by mode {modeId}.");
            }

            stockPoint = warehouse.StockPointByProduct[product];
            if (stockPoint < 0 && ruleBased)
            {
                return null;
            }

            if (stockPoint < 0 && warehouseId is not null)
            {
                throw new InvalidOperationException($"Warehouse {warehouseId} does not stock the class of the orders routed through it.");
            }

            route = builder.RouteFor(modeId, market, warehouse.Spec.Id, CompiledWarehouseRef.Of(warehouse.Spec));
            if (stockPoint >= 0)
            {
                var policy = builder.StockPoints[stockPoint].Policy;
                if (policy.OnStockOut == StockOutAction.FallbackToMode && policy.FallbackMode is not null)
                {
                    fallback = builder.RouteFor(policy.FallbackMode, market, origin, CompiledWarehouseRef.None);
                }
            }
        }
        else
        {
            if (ruleBased && !builder.HasLane(origin, market, modeId))
            {
                return null;
            }

            route = builder.RouteFor(modeId, market, origin, CompiledWarehouseRef.None);
        }

        var compiled = builder.Routes[route];
        var (perParcel, perKg, perM3) = RouteExpectation.CostRates(compiled);
        return new FulfilmentOption(
            modeId,
            route,
            stockPoint,
            compiled.Delivery.Mean,
            perParcel,
            perKg,
            perM3,
            mode.MaxWeightKg ?? double.PositiveInfinity,
            mode.MaxValue ?? double.PositiveInfinity);
    }
}
