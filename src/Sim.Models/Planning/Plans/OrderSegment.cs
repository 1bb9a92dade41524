namespace Sim.Models.Planning.Plans;

/// <summary>
/// Which orders of a lane a <see cref="LanePlan"/> covers. B2C orders are one unit; B2B orders are
/// several units travelling together, so a mode with a weight or value limit may take one and not
/// the other: such a lane is planned as two sub-lanes.
/// </summary>
public enum OrderSegment
{
    /// <summary>Every order of the lane, B2C and B2B alike.</summary>
    All,

    /// <summary>The lane's single-unit B2C orders.</summary>
    B2c,

    /// <summary>The lane's multi-unit B2B orders.</summary>
    B2b,
}
