namespace Sim.Models.Planning;

/// <summary>Choices for the facility-location formulation. Immutable.</summary>
public sealed record FacilityLocationOptions
{
    /// <summary>Ignore capacities (the uncapacitated problem). Default false.</summary>
    public bool Uncapacitated { get; init; }

    /// <summary>
    /// Add the strong linking rows <c>x_ij &lt;= y_i</c> (one per warehouse and customer). They are
    /// implied by the capacity rows for integer <c>y</c> but tighten the LP relaxation a great
    /// deal, which is what makes branch and bound fast. Default true; always on when uncapacitated.
    /// </summary>
    public bool StrongLinking { get; init; } = true;

    /// <summary>
    /// Add the aggregate capacity row <c>Σ_i cap_i y_i &gt;= Σ_j d_j</c>: implied, but it gives the
    /// solver a knapsack to generate cover cuts from. Default true; ignored when uncapacitated.
    /// </summary>
    public bool AggregateCapacityRow { get; init; } = true;
}
