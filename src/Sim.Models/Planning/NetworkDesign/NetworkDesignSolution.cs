using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A solve of a <see cref="NetworkDesignModel"/>, read into planning terms: the status, objective,
/// bound and gap, the share of each route, the open warehouses and stocked classes with their
/// replenishment, and the figures the plan is expected to reach per market and overall. A solution
/// found at a time or node limit has <see cref="SolveStatus.FeasibleLimitReached"/> and its gap: it is
/// never called optimal. Immutable.
/// </summary>
public sealed class NetworkDesignSolution
{
    internal NetworkDesignSolution(NetworkDesignModel design, SolveResult result, double[] shares, bool[] open, IReadOnlyList<StockDecision> stock, double[] orderCosts, IReadOnlyDictionary<string, PlannedFigures> markets, PlannedFigures overall, double delayCostPerDay)
    {
        OrderCosts = orderCosts;
        Design = design;
        Result = result;
        Shares = shares;
        OpenWarehouses = open;
        Stock = stock;
        Markets = markets;
        Overall = overall;
        DelayCostPerDay = delayCostPerDay;
    }

    /// <summary>The MIP solved (its coefficients are what the solver saw).</summary>
    public NetworkDesignModel Design { get; }

    /// <summary>The problem solved.</summary>
    public PlanningProblem Problem => Design.Problem;

    /// <summary>The solver's result (status, objective, bound, gap, seconds, nodes, log).</summary>
    public SolveResult Result { get; }

    /// <summary>How the solve ended.</summary>
    public SolveStatus Status => Result.Status;

    /// <summary>The relative gap between the plan's objective and the best bound; 0 when proven optimal.</summary>
    public double Gap => Result.Gap;

    /// <summary>Share of its segment's orders per route option (shares below 1e-6 dropped, each segment's summing to 1).</summary>
    public IReadOnlyList<double> Shares { get; }

    /// <summary>Per route option, its expected cost per order with the shared costs it carries in this plan (stock, shipments, departure charges, fixed costs) allocated to it.</summary>
    public IReadOnlyList<double> OrderCosts { get; }

    /// <summary>Per warehouse, whether the plan opens it.</summary>
    public IReadOnlyList<bool> OpenWarehouses { get; }

    /// <summary>The stocked (warehouse, class) pairs.</summary>
    public IReadOnlyList<StockDecision> Stock { get; }

    /// <summary>Expected figures per market code.</summary>
    public IReadOnlyDictionary<string, PlannedFigures> Markets { get; }

    /// <summary>Expected figures over every order.</summary>
    public PlannedFigures Overall { get; }

    /// <summary>Expected delay cost per day (value of time and late penalties).</summary>
    public double DelayCostPerDay { get; }
}
