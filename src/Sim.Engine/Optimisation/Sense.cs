namespace Sim.Engine.Optimisation;

/// <summary>The direction of a model's objective.</summary>
public enum Sense
{
    /// <summary>Find the smallest objective value (the default).</summary>
    Minimise = 0,

    /// <summary>Find the largest objective value.</summary>
    Maximise = 1,
}
