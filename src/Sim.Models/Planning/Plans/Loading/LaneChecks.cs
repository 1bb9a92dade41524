using Sim.Models.Demand;
using Sim.Models.Network;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// Checks a plan's lanes against its scenario: every lane names a demand stream, every route a mode
/// that can serve it (a lane in the lanes table for a direct mode; an open warehouse of the right
/// market, mode and stock for a warehouse mode; weight and value limits for the orders it carries),
/// shares are fractions summing to 1 within 1e-9, and every demand stream is covered exactly once
/// (whole, or as B2C and B2B sub-lanes). Not thread-safe.
/// </summary>
internal sealed class LaneChecks(PlanCheckContext context)
{
    /// <summary>How far a lane's shares may sum from 1.</summary>
    public const double ShareTolerance = 1e-9;

    private static readonly FieldPath LanesPath = FieldPath.Root.Field("lanes");

    public void Run(Plan plan)
    {
        var open = plan.Warehouses.GroupBy(w => w.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < plan.Lanes.Count; i++)
        {
            CheckLane(plan.Lanes[i], LanesPath.Item(i, plan.Lanes[i].Key), open);
        }

        PlanCheckContext.Duplicates(plan.Lanes, l => (l.Origin, l.Market, l.ProductClass, l.Segment), i => LanesPath.Item(i, plan.Lanes[i].Key),
            l => $"lane {l.Key}", context.Add);
        CheckCoverage(plan);
    }

    private void CheckLane(LanePlan lane, FieldPath path, Dictionary<string, WarehousePlan> open)
    {
        var origin = context.Reference(lane.Origin, context.Nodes, path.Field("origin"), "node");
        if (origin is not null && origin.Kind != NodeKind.OriginRegion)
        {
            context.Add(path.Field("origin"), $"node '{origin.Id}' is a {PlanCheckContext.Snake(origin.Kind.ToString())}, not an origin_region");
        }

        var market = context.Reference(lane.Market, context.Markets, path.Field("market"), "market");
        var productClass = context.Reference(lane.ProductClass, context.Classes, path.Field("product_class"), "product class");
        DemandStreamSpec? stream = null;
        if (origin is not null && market is not null && productClass is not null
            && !context.Demand.TryGetValue((lane.Origin, lane.Market, lane.ProductClass), out stream))
        {
            context.Add(path, $"the demand table has no orders from {lane.Origin} to {lane.Market} for {lane.ProductClass}");
        }

        var sharesPath = path.Field("shares");
        for (var j = 0; j < lane.Shares.Count; j++)
        {
            var share = lane.Shares[j];
            var sharePath = sharesPath.Item(j, share.Warehouse ?? share.Mode);
            context.Range(share.Share, sharePath.Field("share"), 0, 1);
            CheckRoute(lane, share, sharePath, open);
            if (stream is not null && productClass is not null && share.Share > 0 && context.Modes.TryGetValue(share.Mode, out var mode))
            {
                CheckLimits(lane, mode, productClass, stream, sharePath.Field("mode"));
            }
        }

        PlanCheckContext.Duplicates(lane.Shares, s => (s.Mode, s.Warehouse), j => sharesPath.Item(j, lane.Shares[j].Warehouse ?? lane.Shares[j].Mode),
            s => s.Warehouse is null ? $"route by mode '{s.Mode}'" : $"route by mode '{s.Mode}' through warehouse '{s.Warehouse}'", context.Add);
        var sum = lane.Shares.Sum(s => s.Share);
        if (lane.Shares.Count > 0 && double.IsFinite(sum) && Math.Abs(sum - 1) > ShareTolerance)
        {
            context.Add(sharesPath, $"shares sum to {PlanCheckContext.Format(Math.Round(sum, 12))}, not 1 (within {PlanCheckContext.Format(ShareTolerance)})");
        }
    }

    private void CheckRoute(LanePlan lane, RouteShare share, FieldPath path, Dictionary<string, WarehousePlan> open)
    {
        var mode = context.Reference(share.Mode, context.Modes, path.Field("mode"), "mode");
        if (mode is null)
        {
            return;
        }

        if (PlanCheckContext.IsDirectMode(mode.Kind))
        {
            if (share.Warehouse is not null)
            {
                context.Add(path.Field("warehouse"), $"is only used with a warehouse mode; '{mode.Id}' is a {PlanCheckContext.Snake(mode.Kind.ToString())} mode");
            }
            else if (lane.Origin.Length > 0 && lane.Market.Length > 0 && !context.Lanes.Contains((lane.Origin, lane.Market, mode.Id)))
            {
                context.Add(path.Field("mode"), $"mode '{mode.Id}' has no lane from {lane.Origin} to {lane.Market} in the lanes table");
            }

            return;
        }

        if (!PlanCheckContext.IsWarehouseMode(mode.Kind))
        {
            context.Add(path.Field("mode"), $"mode '{mode.Id}' is a {PlanCheckContext.Snake(mode.Kind.ToString())} mode and cannot serve orders");
            return;
        }

        if (share.Warehouse is null)
        {
            context.Add(path.Field("warehouse"), $"required field is missing: which warehouse ships these orders by warehouse mode '{mode.Id}'");
            return;
        }

        var warehouse = context.Reference(share.Warehouse, context.Warehouses, path.Field("warehouse"), "warehouse");
        if (warehouse is null)
        {
            return;
        }

        if (warehouse.Market != lane.Market)
        {
            context.Add(path.Field("warehouse"), $"warehouse '{warehouse.Id}' serves market {warehouse.Market}, not {lane.Market}");
        }
        else if (warehouse.FulfilmentMode != mode.Id)
        {
            context.Add(path.Field("warehouse"), $"warehouse '{warehouse.Id}' ships by mode '{warehouse.FulfilmentMode}', not '{mode.Id}'");
        }
        else if (!open.TryGetValue(warehouse.Id, out var planned))
        {
            context.Add(path.Field("warehouse"), $"warehouse '{warehouse.Id}' is not open in this plan (list it under warehouses)");
        }
        else if (!planned.Policies.Any(p => p.ProductClass == lane.ProductClass))
        {
            context.Add(path.Field("warehouse"), $"warehouse '{warehouse.Id}' has no stock policy for {lane.ProductClass} in this plan");
        }
    }

    private void CheckLimits(LanePlan lane, Mode mode, ProductClass productClass, DemandStreamSpec stream, FieldPath path)
    {
        var segments = new List<(string Name, int Units)>();
        if (lane.Segment != OrderSegment.B2b && stream.B2bShare < 1)
        {
            segments.Add(("B2C", 1));
        }

        if (lane.Segment != OrderSegment.B2c && stream.B2bShare > 0)
        {
            segments.Add(("B2B", stream.B2bUnitsPerOrder));
        }

        var hint = lane.Segment == OrderSegment.All ? " (plan the lane's b2c and b2b segments separately)" : "";
        foreach (var (name, units) in segments)
        {
            var weight = units * productClass.WeightKg;
            var value = units * productClass.Value;
            if (mode.MaxWeightKg is { } maxWeight && weight > maxWeight)
            {
                context.Add(path, $"mode '{mode.Id}' takes parcels up to {PlanCheckContext.Format(maxWeight)} kg, but {name} orders on this lane weigh {PlanCheckContext.Format(weight)} kg{hint}");
            }
            else if (mode.MaxValue is { } maxValue && value > maxValue)
            {
                context.Add(path, $"mode '{mode.Id}' takes parcels worth up to {PlanCheckContext.Format(maxValue)}, but {name} orders on this lane are worth {PlanCheckContext.Format(value)}{hint}");
            }
        }
    }

    private void CheckCoverage(Plan plan)
    {
        var byStream = plan.Lanes.Select((lane, index) => (lane, index)).ToLookup(x => (x.lane.Origin, x.lane.Market, x.lane.ProductClass));
        foreach (var stream in context.Demand.Values.Where(d => d.OrdersPerDay > 0))
        {
            var key = $"{stream.Origin}/{stream.Market}/{stream.ProductClass}";
            var entries = byStream[(stream.Origin, stream.Market, stream.ProductClass)].ToList();
            var whole = entries.Any(e => e.lane.Segment == OrderSegment.All);
            if (whole)
            {
                foreach (var (lane, index) in entries.Where(e => e.lane.Segment != OrderSegment.All))
                {
                    context.Add(LanesPath.Item(index, lane.Key).Field("segment"), $"lane {key} is planned both whole and by segment; keep one");
                }

                continue;
            }

            if (entries.Count == 0)
            {
                context.Add(LanesPath, $"no shares for lane {key}, which has demand in the demand table");
                continue;
            }

            foreach (var (segment, name, needed) in new[] { (OrderSegment.B2c, "B2C", stream.B2bShare < 1), (OrderSegment.B2b, "B2B", stream.B2bShare > 0) })
            {
                if (needed && !entries.Any(e => e.lane.Segment == segment))
                {
                    context.Add(LanesPath, $"no shares for the {name} orders of lane {key} (add a lane with segment: {name.ToLowerInvariant()})");
                }
            }
        }
    }
}
