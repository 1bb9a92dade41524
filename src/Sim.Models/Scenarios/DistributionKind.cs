namespace Sim.Models.Scenarios;

/// <summary>
/// The family of a duration distribution. Which parameters of <see cref="DistributionSpec"/> each
/// family reads is listed on each member; the others must be left at their defaults.
/// </summary>
public enum DistributionKind
{
    /// <summary>Always <see cref="DistributionSpec.Mean"/>.</summary>
    Constant,

    /// <summary>Exponential with mean <see cref="DistributionSpec.Mean"/> (its CV is 1).</summary>
    Exponential,

    /// <summary>Uniform on [<see cref="DistributionSpec.Min"/>, <see cref="DistributionSpec.Max"/>].</summary>
    Uniform,

    /// <summary>Triangular on [<see cref="DistributionSpec.Min"/>, <see cref="DistributionSpec.Max"/>] with mode <see cref="DistributionSpec.Mode"/>.</summary>
    Triangular,

    /// <summary>Normal with mean <see cref="DistributionSpec.Mean"/> and CV <see cref="DistributionSpec.Cv"/>, draws below zero clamped to zero.</summary>
    Normal,

    /// <summary>Log-normal with mean <see cref="DistributionSpec.Mean"/> and CV <see cref="DistributionSpec.Cv"/> (of the variable itself, not its logarithm).</summary>
    Lognormal,

    /// <summary>Gamma with mean <see cref="DistributionSpec.Mean"/> and CV <see cref="DistributionSpec.Cv"/> (shape 1/CV², scale Mean·CV²).</summary>
    Gamma,
}
