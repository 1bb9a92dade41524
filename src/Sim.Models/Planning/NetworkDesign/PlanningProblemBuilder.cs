using Sim.Models.Demand;
using Sim.Models.Flow.Compilation;
using Sim.Models.Network;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>Builds a <see cref="PlanningProblem"/> from a scenario: segments, then routes, stock options, warehouses and stations. Used once.</summary>
internal sealed class PlanningProblemBuilder
{
    private readonly Scenario _scenario;
    private readonly RouteCatalogue _catalogue;
    private readonly PlanningAdjustments _adjustments;
    private readonly MeasuredDays _days;
    private readonly Dictionary<string, ProductClass> _classes;
    private readonly List<DemandSegment> _segments = [];
    private readonly List<(DemandSegment Segment, DemandStreamSpec Stream)> _streams = [];

    public PlanningProblemBuilder(RouteCatalogue catalogue, PlanningAdjustments adjustments)
    {
        _scenario = catalogue.Scenario;
        _catalogue = catalogue;
        _adjustments = adjustments;
        _days = new MeasuredDays(_scenario);
        _classes = _scenario.ProductClasses.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public PlanningProblem Build()
    {
        foreach (var stream in _scenario.DemandStreams)
        {
            double rate = _days.MeanRate(stream);
            double promise = _classes[stream.ProductClass].PromiseDays * 24;
            if (rate * (1 - stream.B2bShare) > 0)
            {
                Add(new DemandSegment(_segments.Count, stream.Origin, stream.Market, stream.ProductClass, OrderSegment.B2c, 1, rate * (1 - stream.B2bShare), promise), stream);
            }

            if (rate * stream.B2bShare > 0)
            {
                Add(new DemandSegment(_segments.Count, stream.Origin, stream.Market, stream.ProductClass, OrderSegment.B2b, stream.B2bUnitsPerOrder, rate * stream.B2bShare, promise), stream);
            }
        }

        var warehouses = _scenario.Warehouses.Select((w, i) => new WarehouseOption(
            i,
            w.Id,
            w.Market,
            w.FulfilmentMode,
            [.. w.Serves.Select(s => s.Market)],
            w.Candidate,
            w.FixedCostPerDay,
            w.CapacityUnits,
            w.CapacityM3,
            w.PickCapacityPerDay,
            _catalogue.ReplenishmentCandidates[w.Id])).ToList();
        var costing = new RouteCosting(_scenario, _adjustments, _days, ReturnCosts());
        var stock = new StockOptionBuilder(_scenario, _adjustments, _days, warehouses, _catalogue.Replenishment, _streams);
        var routes = new List<RouteOption>();
        var noRoute = new List<Shortfall>();
        foreach (var (segment, stream) in _streams)
        {
            int before = routes.Count;
            var product = _classes[segment.ProductClass];
            foreach (var route in _catalogue.OrderRoutes.Where(r => r.Market == segment.Market))
            {
                bool direct = route.Mode.Kind.IsDirectMode();
                if ((direct && (route.Origin != segment.Origin || !route.LaneExists)) || (!direct && route.Warehouse is null))
                {
                    continue;
                }

                var expectation = RouteExpectation.For(route, product, segment.Units);
                if (!expectation.AcceptsParcel)
                {
                    continue;
                }

                int option = direct ? -1 : stock.OptionFor(warehouses.First(w => w.Id == route.Warehouse).Index, segment.ProductClass);
                routes.Add(costing.Option(routes.Count, segment, stream, expectation, option));
            }

            if (routes.Count == before)
            {
                noRoute.Add(new Shortfall($"lane {segment.Key}", "route", double.NaN, double.NaN));
            }
        }

        if (noRoute.Count > 0)
        {
            throw new PlanningInfeasibleException(noRoute);
        }

        var stockOptions = stock.Build(routes);
        var stations = StationLimits.Of(routes, _segments, warehouses, stockOptions, _scenario.Planning.MaxUtilisation);
        return new PlanningProblem(_scenario, _adjustments, _segments, routes, stockOptions, warehouses, stations, Departures(routes), ServiceTargets(routes));
    }

    /// <summary>Each service level's targets over the routes of the segments it covers, at their uncorrected expectations; a level whose orders have no demand sets none.</summary>
    private List<ServiceTarget> ServiceTargets(List<RouteOption> routes)
    {
        var targets = new List<ServiceTarget>();
        foreach (var level in _scenario.Planning.ServiceLevels)
        {
            bool Covers(DemandSegment s) => s.Market == level.Market && (level.ProductClass is null || s.ProductClass == level.ProductClass);
            double orders = _segments.Where(Covers).Sum(s => s.OrdersPerDay);
            var covered = routes.Where(r => Covers(_segments[r.Segment])).ToList();
            if (!(orders > 0))
            {
                continue;
            }

            if (level is { Share: { } share, WithinDays: { } days })
            {
                double required = _adjustments.Required(level, ServiceMeasure.ShareWithin, share);
                targets.Add(new ServiceTarget(targets.Count, level, ServiceMeasure.ShareWithin, share, required, orders, [.. covered.Select(r => (r.Index, r.Expectation.ArrivesWithin(days * 24)))]));
            }

            if (level.MeanDays is { } mean)
            {
                double required = _adjustments.Required(level, ServiceMeasure.MeanDays, mean);
                targets.Add(new ServiceTarget(targets.Count, level, ServiceMeasure.MeanDays, mean, required, orders, [.. covered.Select(r => (r.Index, r.Expectation.MeanDeliveryHours / 24))]));
            }
        }

        return targets;
    }

    /// <summary>The lines with a per-departure charge, each with the routes that use it, in order of first use.</summary>
    private static List<SharedDeparture> Departures(List<RouteOption> routes)
    {
        var lines = new Dictionary<string, (double CostPerDay, List<int> Routes)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var route in routes)
        {
            foreach (var leg in route.Expectation.Route.Legs.Where(l => l.DeparturesPerDay > 0 && l.Cost.PerShipment > 0 && l.StationKey is not null))
            {
                string key = leg.StationKey!.ToString();
                if (!lines.TryGetValue(key, out var line))
                {
                    line = (leg.Cost.PerShipment * leg.DeparturesPerDay, []);
                    lines.Add(key, line);
                    order.Add(key);
                }

                line.Routes.Add(route.Index);
            }
        }

        return [.. order.Select(key => new SharedDeparture(key, lines[key].CostPerDay, lines[key].Routes))];
    }

    private void Add(DemandSegment segment, DemandStreamSpec stream)
    {
        _segments.Add(segment);
        _streams.Add((segment, stream));
    }

    /// <summary>The expected cost of one return per (market, class): handling plus its reverse route, to the warehouse or the origin by the market's shares.</summary>
    private Dictionary<(string Market, string ProductClass), double> ReturnCosts()
    {
        var costs = new Dictionary<(string, string), double>();
        foreach (var policy in _scenario.Returns)
        {
            double Leg(string? mode, ProductClass product) => _catalogue.ReverseCost(mode, policy.Market, product);

            foreach (var product in _scenario.ProductClasses)
            {
                double toWarehouse = policy.ShareToWarehouse > 0 ? policy.ShareToWarehouse * Leg(policy.WarehouseReverseMode, product) : 0;
                double toOrigin = policy.ShareToWarehouse < 1 ? (1 - policy.ShareToWarehouse) * Leg(policy.OriginReverseMode, product) : 0;
                costs[(policy.Market, product.Id)] = policy.HandlingCost + toWarehouse + toOrigin;
            }
        }

        return costs;
    }
}
