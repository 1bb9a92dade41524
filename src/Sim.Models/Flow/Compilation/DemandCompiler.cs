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
    public static DemandSourceSpec[] Compile(NetworkBuilder builder)
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
            if (!policies.TryGetValue((stream.Market, stream.ProductClass), out var spec))
            {
                throw new InvalidOperationException($"No fulfilment policy for market {stream.Market}, product class {stream.ProductClass}.");
            }

            int market = builder.MarketIndex.TryGetValue(stream.Market, out int m) ? m : throw new InvalidOperationException($"Unknown market '{stream.Market}'.");
            int product = builder.ProductIndex.TryGetValue(stream.ProductClass, out int p) ? p : throw new InvalidOperationException($"Unknown product class '{stream.ProductClass}'.");
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
            sources.Add(new DemandSourceSpec
            {
                OrdersPerDay = stream.OrdersPerDay,
                Weekly = [.. stream.WeeklyPattern],
                Peaks = PeaksOf(stream, stream.Market, scenario.StartDate),
                Product = product,
                Market = market,
                B2bShare = stream.B2bShare,
                B2bUnits = stream.B2bUnitsPerOrder,
                Policy = policy,
                FulfilmentStream = "fulfilment/" + stream.Market + "/" + stream.ProductClass,
                FallbackRoutes = [.. fallbacks],
                PreferredStockOption = policy is RuleBasedFulfilment ruled ? ruled.FirstStockOption : -1,
            });
        }

        return [.. sources];
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

    private static FulfilmentOption? OptionFor(NetworkBuilder builder, string modeId, string origin, string market, int product, bool ruleBased, out int fallback)
    {
        fallback = -1;
        var mode = builder.Mode(modeId);
        int route;
        int stockPoint = -1;
        if (Network.ModeKindFacts.IsWarehouseMode(mode.Kind))
        {
            var warehouse = builder.Warehouses.Find(w => w.Spec.FulfilmentMode == modeId && w.Spec.Market == market);
            if (warehouse is null)
            {
                return ruleBased ? null : throw new InvalidOperationException($"No warehouse serves market {market} by mode {modeId}.");
            }

            stockPoint = warehouse.StockPointByProduct[product];
            if (stockPoint < 0 && ruleBased)
            {
                return null;
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
