using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>
/// A duration distribution pre-built from a <see cref="DistributionSpec"/>, sampling whole ticks
/// (negative draws clamped to zero); a constant needs no random number. Immutable.
/// </summary>
internal readonly struct TickSampler
{
    private readonly IDistribution? _distribution;
    private readonly long _constant;

    private TickSampler(IDistribution? distribution, long constant, double meanHours)
    {
        _distribution = distribution;
        _constant = constant;
        MeanHours = meanHours;
    }

    /// <summary>The mean in hours.</summary>
    public double MeanHours { get; }

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
        return new TickSampler(distribution, constant, meanHours);
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
