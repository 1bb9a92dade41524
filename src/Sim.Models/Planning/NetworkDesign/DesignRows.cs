using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>Adds the rows of a <see cref="NetworkDesignModel"/> (see its remarks) through the bulk path. Used once.</summary>
internal sealed class DesignRows(LinearModel model, PlanningProblem problem, NetworkDesignOptions options, DesignVariables variables)
{
    private readonly List<int> _columns = [];
    private readonly List<double> _values = [];

    public void AddAll()
    {
        foreach (var segment in problem.Segments)
        {
            foreach (int k in problem.RoutesOf(segment.Index))
            {
                Term(variables.Share[k], 1);
            }

            Row(1, 1);
        }

        foreach (var route in problem.Routes.Where(r => r.FromStock))
        {
            Term(variables.Share[route.Index], 1).Term(variables.Stocked[route.StockOption], -1).Row(double.NegativeInfinity, 0);
        }

        foreach (var stock in problem.StockOptions)
        {
            Term(variables.Stocked[stock.Index], 1).Term(variables.Open[stock.Warehouse], -1).Row(double.NegativeInfinity, 0);
        }

        for (int i = 0; i < problem.Departures.Count; i++)
        {
            foreach (int route in problem.Departures[i].Routes)
            {
                Term(variables.Share[route], 1).Term(variables.Line[i], -1).Row(double.NegativeInfinity, 0);
            }
        }

        foreach (var warehouse in problem.Warehouses)
        {
            foreach (int u in variables.Mode[warehouse.Index])
            {
                Term(u, 1);
            }

            Term(variables.Open[warehouse.Index], -1).Row(0, 0);
        }

        AddStock();
        AddStations();
        AddServiceLevels();
        if (options.MaxMeanDays is { } bound)
        {
            double total = problem.Segments.Sum(s => s.OrdersPerDay);
            foreach (var route in problem.Routes)
            {
                Term(variables.Share[route.Index], problem.Segments[route.Segment].OrdersPerDay * route.MeanDays);
            }

            Row(double.NegativeInfinity, bound * total);
        }
    }

    private void AddStock()
    {
        foreach (var stock in problem.StockOptions)
        {
            var cycles = variables.Cycles.Where(c => c.StockOption == stock.Index).ToList();
            foreach (var cycle in cycles)
            {
                Term(cycle.Flow, 1);
            }

            foreach (var route in problem.Routes.Where(r => r.StockOption == stock.Index))
            {
                var segment = problem.Segments[route.Segment];
                Term(variables.Share[route.Index], -segment.UnitsPerDay);
            }

            Row(0, 0);
            foreach (var cycle in cycles)
            {
                Term(cycle.Chosen, 1);
            }

            Term(variables.Stocked[stock.Index], -1).Row(0, 0);
            foreach (var cycle in cycles)
            {
                Term(cycle.Flow, 1).Term(cycle.Chosen, -stock.MaxUnitsPerDay).Row(double.NegativeInfinity, 0);
                Term(cycle.Chosen, 1).Term(variables.Mode[stock.Warehouse][cycle.Replenishment], -1).Row(double.NegativeInfinity, 0);
                for (int i = 0; i < cycle.Containers.Length; i++)
                {
                    AddFreight(cycle, i, stock.MaxUnitsPerDay);
                }
            }
        }

        foreach (var warehouse in problem.Warehouses)
        {
            if (warehouse.CapacityUnits is { } units)
            {
                AddStorage(warehouse, units, _ => 1);
            }

            if (warehouse.CapacityM3 is { } m3)
            {
                AddStorage(warehouse, m3, stock => stock.UnitVolumeM3);
            }
        }
    }

    /// <summary>Peak stock over the warehouse's options, each unit weighted by <paramref name="size"/> (1, or its m³), within the capacity of an open warehouse.</summary>
    private void AddStorage(WarehouseOption warehouse, double capacity, Func<StockOption, double> size)
    {
        foreach (var cycle in variables.Cycles.Where(c => problem.StockOptions[c.StockOption].Warehouse == warehouse.Index))
        {
            double unit = size(problem.StockOptions[cycle.StockOption]);
            Term(cycle.Flow, unit * cycle.Costs.StockPerUnit).Term(cycle.Chosen, unit * cycle.Costs.StockFixed);
        }

        Term(variables.Open[warehouse.Index], -capacity).Row(double.NegativeInfinity, 0);
    }

    private void AddStations()
    {
        foreach (var station in problem.Stations)
        {
            foreach (var (route, perOrder) in station.Loads)
            {
                Term(variables.Share[route], problem.Segments[problem.Routes[route].Segment].OrdersPerDay * perOrder);
            }

            Slack(-1, station.Name, "capacity", station.Capacity, 1, null);
            Row(double.NegativeInfinity, station.Capacity);
        }
    }

    private void AddServiceLevels()
    {
        foreach (var target in problem.ServiceTargets)
        {
            foreach (var (route, perOrder) in target.Terms)
            {
                Term(variables.Share[route], problem.Segments[problem.Routes[route].Segment].OrdersPerDay * perOrder);
            }

            double bound = target.Required * target.OrdersPerDay;
            var constraint = target.Measure == ServiceMeasure.ShareWithin ? "share" : "mean_days";
            Slack(target.AtLeast ? 1 : -1, target.Level.Subject, constraint, target.Required, target.OrdersPerDay, target.AtLeast ? target.Level.WithinDays : null);
            Row(target.AtLeast ? bound : double.NegativeInfinity, target.AtLeast ? double.PositiveInfinity : bound);
        }
    }

    /// <summary>In the shortfall variant, adds a slack (coefficient <paramref name="sign"/>) to the row being built, costing 1 per unit of the target.</summary>
    private void Slack(double sign, string subject, string constraint, double target, double scale, double? withinDays)
    {
        if (options.Objective != DesignObjective.Shortfall)
        {
            return;
        }

        var slack = model.AddVariable(0, double.PositiveInfinity);
        model.SetObjectiveCoefficient(slack, 1 / Math.Max(target * scale, 1e-9));
        variables.Slacks.Add(new DesignSlack(slack.Index, subject, constraint, target, scale, sign > 0, withinDays));
        Term(slack.Index, sign);
    }

    /// <summary>
    /// A volume-priced leg of a cycle: containers cover the shipment, or LCL is paid on it (at least its
    /// minimum when the cycle is chosen); with both on offer the binary b picks full containers, and
    /// big-M terms (the flow's bound) free the other choice's row.
    /// </summary>
    private void AddFreight(CycleVariables cycle, int leg, double maxUnitsPerDay)
    {
        var freight = cycle.Costs.Containers[leg];
        int full = cycle.FullLoad[leg];
        if (freight.Rate.OffersFcl)
        {
            double m = freight.PerUnitOfFlow * maxUnitsPerDay;
            Term(cycle.Flow, freight.PerUnitOfFlow).Term(cycle.Containers[leg], -1);
            if (full >= 0)
            {
                Term(full, m).Row(double.NegativeInfinity, m);
            }
            else
            {
                Row(double.NegativeInfinity, 0);
            }
        }

        if (freight.Rate.OffersLcl)
        {
            int lcl = cycle.Lcl[leg];
            Term(cycle.Flow, freight.LclPerUnitOfFlow).Term(lcl, -1);
            if (full >= 0)
            {
                Term(full, -freight.LclPerUnitOfFlow * maxUnitsPerDay);
            }

            Row(double.NegativeInfinity, 0);
            Term(cycle.Chosen, freight.LclMinimumPerDay).Term(lcl, -1);
            if (full >= 0)
            {
                Term(full, -freight.LclMinimumPerDay);
            }

            Row(double.NegativeInfinity, 0);
        }
    }

    private DesignRows Term(int column, double coefficient)
    {
        _columns.Add(column);
        _values.Add(coefficient);
        return this;
    }

    private void Row(double lower, double upper)
    {
        model.AddRow(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_columns), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values), lower, upper);
        _columns.Clear();
        _values.Clear();
    }
}
