using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A duration distribution pre-built from a <see cref="DistributionSpec"/>, sampling whole ticks
/// (negative draws clamped to zero, fractions of a tick dropped); a constant needs no random number.
/// Keeps its spec, from which the route expectation builds the exact or gridded
/// distribution. Immutable and thread-safe (the state is in the stream passed in).
/// </summary>
internal readonly struct TickSampler
{
    private readonly IDistribution? _distribution;
    private readonly long _constant;

    private TickSampler(IDistribution? distribution, long constant, double meanHours, DistributionSpec? spec)
    {
        _distribution = distribution;
        _constant = constant;
        MeanHours = meanHours;
        Spec = spec;
    }

    /// <summary>The mean in hours.</summary>
    public double MeanHours { get; }

    /// <summary>The distribution as the scenario wrote it; null for <see cref="Zero"/>.</summary>
    public DistributionSpec? Spec { get; }

    /// <summary>True when every draw is the same number of ticks (no random number is used).</summary>
    public bool IsConstant => _distribution is null;

    public static TickSampler Zero => default;

    public static TickSampler From(DistributionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double scale = spec.ToHours(1.0) * SimDuration.TicksPerHour;
        double meanHours = spec.MeanHours;
        IDistribution? distribution = spec.Kind switch
        {
            DistributionKind.Constant => null,
            DistributionKind.Exponential => new Exponential(spec.Mean * scale),
            DistributionKind.Uniform when spec.Max > spec.Min => new Uniform(spec.Min * scale, spec.Max * scale),
            DistributionKind.Triangular when spec.Max > spec.Min => new Triangular(spec.Min * scale, spec.Mode * scale, spec.Max * scale),
            DistributionKind.Normal => new Normal(spec.Mean * scale, spec.Cv * spec.Mean * scale),
            DistributionKind.Lognormal => LogNormal.FromMeanAndCv(spec.Mean * scale, spec.Cv),
            DistributionKind.Gamma => Gamma.FromMeanAndCv(spec.Mean * scale, spec.Cv),
            _ => null,
        };
        long constant = distribution is null ? (long)Math.Round(spec.MeanHours * SimDuration.TicksPerHour) : 0;
        return new TickSampler(distribution, constant, meanHours, spec);
    }

    /// <summary>One draw in ticks, zero or more.</summary>
    public long Sample(RandomStream rng)
    {
        if (_distribution is null)
        {
            return _constant;
        }

        double ticks = _distribution.Sample(rng);
        return ticks > 0 ? (long)ticks : 0;
    }
}
