namespace Sim.Engine.Optimisation;

/// <summary>The answer of an availability probe: whether a backend can solve here, and why (not).</summary>
/// <param name="IsAvailable">True when the backend's native library loaded.</param>
/// <param name="Description">The backend's version when available; otherwise what is missing and how to install it.</param>
public sealed record SolverAvailability(bool IsAvailable, string Description);
