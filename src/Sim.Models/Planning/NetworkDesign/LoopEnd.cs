namespace Sim.Models.Planning.NetworkDesign;

/// <summary>Why the simulation-optimisation loop stopped.</summary>
public enum LoopEnd
{
    /// <summary>The plan held: it no longer changed, every service level measured was met in simulation, and its planned cost and days agree with the simulated ones.</summary>
    Converged,

    /// <summary>It ran the rounds it was given without converging.</summary>
    RoundLimit,

    /// <summary>A service level fell short in simulation and no plan reaches the target tightened by the shortfall.</summary>
    CannotMeet,
}
