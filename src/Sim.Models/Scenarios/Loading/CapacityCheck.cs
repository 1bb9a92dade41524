using System.Globalization;
using Sim.Models.Network;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Finds capacities below the demand expected through them, where parcels would queue up without
/// bound and some would still be in flight when the run ends: a leg's <c>daily_throughput</c>, its
/// <c>servers</c>, a timetable's <c>capacity_parcels</c> (per market), a node's <c>servers</c>
/// (shared by its legs). Expected demand per mode and market is the demand table's mean daily rate
/// times the share a <c>fixed</c> or <c>split</c> policy gives the mode; lanes with a
/// <c>rule_based</c> policy choose at run time and are left out, so the check never over-warns.
/// Stateless and thread-safe.
/// </summary>
internal static class CapacityCheck
{
    /// <summary>Adds a warning for every shortfall to <paramref name="warnings"/>.</summary>
    public static void Run(Scenario scenario, ScenarioDiagnostics warnings)
    {
        foreach (var (path, reason) in Shortfalls(scenario))
        {
            warnings.Add(path, reason);
        }
    }

    /// <summary>Every capacity below its expected demand, with the field's path and a reason.</summary>
    public static IReadOnlyList<(FieldPath Path, string Reason)> Shortfalls(Scenario scenario)
    {
        var demand = DemandByModeAndMarket(scenario);
        var found = new List<(FieldPath, string)>();
        var nodeLoad = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var m = 0; m < scenario.Modes.Count; m++)
        {
            var mode = scenario.Modes[m];
            var perMarket = scenario.Markets.Select(k => (Market: k, PerDay: demand.GetValueOrDefault((mode.Id, k.Code)))).Where(k => k.PerDay > 0).ToList();
            var total = perMarket.Sum(k => k.PerDay);
            if (total <= 0)
            {
                continue;
            }

            for (var l = 0; l < mode.Legs.Count; l++)
            {
                var leg = mode.Legs[l];
                var path = FieldPath.Root.Field("modes").Item(m, mode.Id).Field("legs").Item(l, leg.Id);
                var hours = leg.ProcessingTime.MeanHours;
                if (leg.Capacity?.DailyThroughput is { } perDay && perDay < total)
                {
                    found.Add((path.Field("capacity").Field("daily_throughput"), Shortfall($"{Number(perDay)} parcels/day", total)));
                }
                else if (leg.Capacity?.Servers is { } servers && servers * 24 / hours < total)
                {
                    found.Add((path.Field("capacity").Field("servers"), Shortfall($"{servers} servers of {Number(hours)} h per parcel", total)));
                }
                else if (leg.Capacity is null && !leg.IsLinehaul && leg.Timetable is null)
                {
                    foreach (var (market, parcels) in perMarket)
                    {
                        if (NodeOf(scenario, mode, leg, market) is { } node)
                        {
                            nodeLoad[node] = nodeLoad.GetValueOrDefault(node) + (parcels * hours / 24);
                        }
                    }
                }

                if (leg.Timetable?.CapacityParcels is { } seats)
                {
                    var capacity = seats * RouteDurations.DeparturesPerDay(leg.Timetable);
                    foreach (var (market, parcels) in perMarket.Where(k => k.PerDay > capacity))
                    {
                        found.Add((path.Field("timetable").Field("capacity_parcels"), Shortfall($"{seats} parcels per departure ({Number(capacity)}/day) to {market.Code}", parcels)));
                    }
                }
            }
        }

        for (var n = 0; n < scenario.Nodes.Count; n++)
        {
            var node = scenario.Nodes[n];
            if (node.Servers is { } servers && nodeLoad.GetValueOrDefault(node.Id) > servers)
            {
                found.Add((FieldPath.Root.Field("nodes").Item(n, node.Id).Field("servers"),
                    $"{servers} servers are below the expected load of the legs that use them ({Number(nodeLoad[node.Id])} servers busy on average): parcels will queue up and some will still be in flight at the end of the run"));
            }
        }

        return found;
    }

    private static string Shortfall(string capacity, double demand) =>
        $"{capacity} is below the demand expected through it (about {Number(demand)} parcels/day): parcels will queue up and some will still be in flight at the end of the run";

    private static string Number(double value) => value.ToString(value >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);

    // Where the flow model processes a leg without a node of its own (see scenarios/README.md, legs).
    private static string? NodeOf(Scenario scenario, Mode mode, Leg leg, Market market) =>
        leg.Node ?? leg.Kind.DefaultNode(market, scenario.Warehouses.FirstOrDefault(w => w.FulfilmentMode == mode.Id && w.Market == market.Code)?.Id);

    private static Dictionary<(string Mode, string Market), double> DemandByModeAndMarket(Scenario scenario)
    {
        var demand = new Dictionary<(string, string), double>();
        foreach (var stream in scenario.DemandStreams)
        {
            var lane = scenario.Fulfilment.FirstOrDefault(f => f.Market == stream.Market && f.ProductClass == stream.ProductClass);
            IEnumerable<(string Mode, double Share)> shares = lane?.Policy switch
            {
                FixedModePolicy fixedMode => [(fixedMode.Mode, 1.0)],
                SplitSharesPolicy split => split.Shares.Select(s => (s.Mode, s.Share)),
                _ => [],
            };
            var perDay = stream.OrdersPerDay * stream.WeeklyPattern.Average();
            foreach (var (mode, share) in shares)
            {
                demand[(mode, stream.Market)] = demand.GetValueOrDefault((mode, stream.Market)) + (perDay * share);
            }
        }

        return demand;
    }
}
