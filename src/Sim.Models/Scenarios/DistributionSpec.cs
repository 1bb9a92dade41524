namespace Sim.Models.Scenarios;

/// <summary>
/// A duration distribution as written in a scenario, for example
/// <c>{kind: lognormal, mean: 2.0, cv: 0.5, unit: hours}</c>. It is data only: the flow model turns
/// it into a sampler (MathNet.Numerics) on its own random stream. All time parameters are in
/// <see cref="Unit"/>; use <see cref="ToHours"/> to convert. Immutable and thread-safe.
/// </summary>
public sealed record DistributionSpec
{
    /// <summary>The family; decides which of the parameters below are read.</summary>
    public required DistributionKind Kind { get; init; }

    /// <summary>Mean (Constant: the value) in <see cref="Unit"/>; read by Constant, Exponential, Normal, Lognormal, Gamma. Positive, except Constant which may be 0.</summary>
    public double Mean { get; init; }

    /// <summary>Coefficient of variation (standard deviation / mean, dimensionless); read by Normal, Lognormal, Gamma. Positive.</summary>
    public double Cv { get; init; }

    /// <summary>Lower bound in <see cref="Unit"/>; read by Uniform and Triangular. Zero or more.</summary>
    public double Min { get; init; }

    /// <summary>Most likely value in <see cref="Unit"/>; read by Triangular. Between <see cref="Min"/> and <see cref="Max"/>.</summary>
    public double Mode { get; init; }

    /// <summary>Upper bound in <see cref="Unit"/>; read by Uniform and Triangular. At least <see cref="Min"/>.</summary>
    public double Max { get; init; }

    /// <summary>The unit of every time parameter above; hours when the scenario omits it.</summary>
    public TimeUnit Unit { get; init; } = TimeUnit.Hours;

    /// <summary>The distribution's mean in hours, whatever its family (Uniform: (min+max)/2; Triangular: (min+mode+max)/3).</summary>
    public double MeanHours => ToHours(Kind switch
    {
        DistributionKind.Uniform => (Min + Max) / 2.0,
        DistributionKind.Triangular => (Min + Mode + Max) / 3.0,
        _ => Mean,
    });

    /// <summary>A constant duration of <paramref name="hours"/> hours.</summary>
    /// <param name="hours">The duration in hours; zero or more.</param>
    /// <returns>A <see cref="DistributionKind.Constant"/> spec in hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="hours"/> is negative.</exception>
    public static DistributionSpec ConstantHours(double hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        return new DistributionSpec { Kind = DistributionKind.Constant, Mean = hours, Unit = TimeUnit.Hours };
    }

    /// <summary>Converts a value stated in <see cref="Unit"/> to hours.</summary>
    /// <param name="value">A time in this spec's unit.</param>
    /// <returns>The same time in hours.</returns>
    public double ToHours(double value) => Unit switch
    {
        TimeUnit.Minutes => value / 60.0,
        TimeUnit.Days => value * 24.0,
        _ => value,
    };
}
