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
                    Term(cycle.Flow, cycle.Costs.Containers[i].PerUnitOfFlow).Term(cycle.Containers[i], -1).Row(double.NegativeInfinity, 0);
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

            Slack(-1, station.Name, "capacity", station.Capacity, 1);
            Row(double.NegativeInfinity, station.Capacity);
        }
    }

    private void AddServiceLevels()
    {
        foreach (var level in problem.Settings.ServiceLevels)
        {
            double demand = problem.OrdersPerDay(level.Market);
            var routes = problem.Routes.Where(r => problem.Segments[r.Segment].Market == level.Market).ToList();
            if (demand <= 0)
            {
                continue;
            }

            if (level.OnTime is { } onTime)
            {
                foreach (var route in routes)
                {
                    Term(variables.Share[route.Index], problem.Segments[route.Segment].OrdersPerDay * route.OnTimeProbability);
                }

                Slack(1, $"market {level.Market}", "on_time", onTime, demand);
                Row(onTime * demand, double.PositiveInfinity);
            }

            if (level.MeanDays is { } meanDays)
            {
                foreach (var route in routes)
                {
                    Term(variables.Share[route.Index], problem.Segments[route.Segment].OrdersPerDay * route.MeanDays);
                }

                Slack(-1, $"market {level.Market}", "mean_days", meanDays, demand);
                Row(double.NegativeInfinity, meanDays * demand);
            }
        }
    }

    /// <summary>In the shortfall variant, adds a slack (coefficient <paramref name="sign"/>) to the row being built, costing 1 per unit of the target.</summary>
    private void Slack(double sign, string subject, string constraint, double target, double scale)
    {
        if (options.Objective != DesignObjective.Shortfall)
        {
            return;
        }

        var slack = model.AddVariable(0, double.PositiveInfinity);
        model.SetObjectiveCoefficient(slack, 1 / Math.Max(target * scale, 1e-9));
        variables.Slacks.Add(new DesignSlack(slack.Index, subject, constraint, target, scale));
        Term(slack.Index, sign);
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
