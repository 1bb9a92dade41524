using Sim.Engine.Optimisation;

namespace Sim.Models.Planning;

/// <summary>A solved facility-location plan. Immutable.</summary>
public sealed record FacilityLocationResult
{
    /// <summary>The instance's name.</summary>
    public required string Instance { get; init; }

    /// <summary>How the solve ended; only <see cref="SolveStatus.Optimal"/> proves the cost optimal.</summary>
    public required SolveStatus Status { get; init; }

    /// <summary>Total cost (fixed plus allocation) of the best plan found, or NaN without one.</summary>
    public required double TotalCost { get; init; }

    /// <summary>Best proven lower bound on the optimal cost, or NaN when unknown.</summary>
    public required double BestBound { get; init; }

    /// <summary>Relative gap between <see cref="TotalCost"/> and <see cref="BestBound"/>.</summary>
    public required double Gap { get; init; }

    /// <summary>Zero-based indices of the open warehouses, ascending; empty without a plan.</summary>
    public required IReadOnlyList<int> OpenWarehouses { get; init; }

    /// <summary>Wall-clock seconds of the solve.</summary>
    public required double Seconds { get; init; }

    /// <summary>Branch-and-bound nodes explored.</summary>
    public required long Nodes { get; init; }

    /// <summary>The solver's log.</summary>
    public required string Log { get; init; }
}
