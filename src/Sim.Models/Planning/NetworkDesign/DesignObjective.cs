namespace Sim.Models.Planning.NetworkDesign;

/// <summary>What the network-design MIP minimises.</summary>
public enum DesignObjective
{
    /// <summary>Expected cost per day plus the delay cost (value of time, late penalty): the planner's objective.</summary>
    Cost,

    /// <summary>The mean delivery days over all orders, whatever they cost: the fastest end of the cost-delay frontier.</summary>
    MeanDays,

    /// <summary>The total shortfall of the service levels and station capacities, normalised (each relaxed by a slack): the best a plan can reach when none meets them all.</summary>
    Shortfall,
}
