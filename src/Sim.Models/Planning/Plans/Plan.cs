namespace Sim.Models.Planning.Plans;

/// <summary>
/// A plan for a scenario, as data: for every lane, the share of orders sent by each mode (and, for a
/// warehouse mode, through which warehouse); which warehouses are open, each with its replenishment
/// mode and stock policy per product class; optionally the weekly departures of dedicated lines; and
/// optionally the figures the planner expects. Written and read as <c>plan.yaml</c> (see
/// <c>PlanYamlWriter</c> and <c>PlanLoader</c>), its lane shares also flat as <c>plan.csv</c>.
/// Compares by value: every list is a <see cref="ValueList{T}"/>. Immutable and thread-safe.
/// </summary>
public sealed record Plan
{
    /// <summary>Name of the scenario the plan was made for (informational); empty when not given.</summary>
    public string Scenario { get; init; } = "";

    /// <summary>Free text; empty by default.</summary>
    public string Description { get; init; } = "";

    /// <summary>One entry per lane (origin × market × product class) or B2C/B2B sub-lane with demand; keys unique.</summary>
    public required ValueList<LanePlan> Lanes { get; init; }

    /// <summary>The open warehouses, ids unique; a scenario warehouse not listed is closed.</summary>
    public ValueList<WarehousePlan> Warehouses { get; init; } = [];

    /// <summary>Weekly departures per dedicated-line mode; empty means each line keeps its scenario timetable.</summary>
    public ValueList<DedicatedLinePlan> DedicatedLines { get; init; } = [];

    /// <summary>What the planner expects of the plan; null when it states nothing.</summary>
    public PlanFigures? Figures { get; init; }
}
