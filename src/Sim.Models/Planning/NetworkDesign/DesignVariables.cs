using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The columns of a <see cref="NetworkDesignModel"/> and their objective coefficients: shares, open
/// warehouses, stocked classes, replenishment modes, the variables of every order cycle and, in the
/// shortfall variant, the slacks (added by the rows). Immutable after building.
/// </summary>
internal sealed class DesignVariables
{
    private DesignVariables(int[] share, int[] open, int[] stocked, int[][] mode, int[] line, CycleVariables[] cycles)
    {
        Share = share;
        Line = line;
        Open = open;
        Stocked = stocked;
        Mode = mode;
        Cycles = cycles;
    }

    public int[] Share { get; }

    public int[] Open { get; }

    public int[] Stocked { get; }

    /// <summary>Per shared departure line, the column of the binary that says it carries orders.</summary>
    public int[] Line { get; }

    /// <summary>Per warehouse, the column of each replenishment mode's binary.</summary>
    public int[][] Mode { get; }

    public CycleVariables[] Cycles { get; }

    public List<DesignSlack> Slacks { get; } = [];

    public static DesignVariables Add(LinearModel model, PlanningProblem problem, NetworkDesignOptions options)
    {
        bool costs = options.Objective == DesignObjective.Cost;
        var shareKind = problem.Settings.SingleSourcing ? VariableKind.Binary : VariableKind.Continuous;
        var share = Columns(model, problem.Routes.Count, 0, 1, shareKind);
        // A warehouse that is not a candidate is open whatever the plan: its binary is fixed at 1.
        var open = problem.Warehouses.Select(w => model.AddVariable(w.Candidate ? 0 : 1, 1, VariableKind.Binary).Index).ToArray();
        var stocked = Columns(model, problem.StockOptions.Count, 0, 1, VariableKind.Binary);
        var mode = problem.Warehouses.Select(w => Columns(model, w.ReplenishmentModes.Count, 0, 1, VariableKind.Binary)).ToArray();
        var line = Columns(model, problem.Departures.Count, 0, 1, VariableKind.Binary);
        double total = problem.Segments.Sum(s => s.OrdersPerDay);
        foreach (var route in problem.Routes)
        {
            double orders = problem.Segments[route.Segment].OrdersPerDay;
            double coefficient = options.Objective switch
            {
                DesignObjective.Cost => orders * (route.CostPerOrder + problem.DelayCostPerOrder(route)),
                DesignObjective.MeanDays => orders * route.MeanDays / total,
                _ => 0,
            };
            model.SetObjectiveCoefficient(new Variable(share[route.Index]), coefficient);
        }

        if (costs)
        {
            foreach (var warehouse in problem.Warehouses)
            {
                model.SetObjectiveCoefficient(new Variable(open[warehouse.Index]), warehouse.FixedCostPerDay);
            }

            for (int i = 0; i < line.Length; i++)
            {
                model.SetObjectiveCoefficient(new Variable(line[i]), problem.Departures[i].CostPerDay);
            }
        }

        var cycles = new List<CycleVariables>();
        foreach (var stock in problem.StockOptions)
        {
            for (int r = 0; r < stock.Replenishment.Count; r++)
            {
                var choices = options.CycleDays.Select(days => (days, BaseStock: false));
                if (stock.BaseStockReviewDays is { } review)
                {
                    choices = choices.Append((review, BaseStock: true));
                }

                foreach (var (days, baseStock) in choices)
                {
                    var cost = CycleCosts.Of(stock, stock.Replenishment[r], days, baseStock);
                    int y = model.AddBinaryVariable().Index;
                    int x = model.AddVariable(0, double.PositiveInfinity).Index;
                    int[] n = Columns(model, cost.Containers.Count, 0, double.PositiveInfinity, VariableKind.Integer);
                    if (costs)
                    {
                        model.SetObjectiveCoefficient(new Variable(y), cost.FixedPerDay);
                        model.SetObjectiveCoefficient(new Variable(x), cost.PerUnit);
                        for (int i = 0; i < n.Length; i++)
                        {
                            model.SetObjectiveCoefficient(new Variable(n[i]), cost.Containers[i].CostPerDay);
                        }
                    }

                    cycles.Add(new CycleVariables(stock.Index, r, cost, y, x, n));
                }
            }
        }

        return new DesignVariables(share, open, stocked, mode, line, [.. cycles]);
    }

    private static int[] Columns(LinearModel model, int count, double lower, double upper, VariableKind kind)
    {
        int first = model.AddVariables(count, lower, upper, kind).Index;
        return [.. Enumerable.Range(first, count)];
    }
}
