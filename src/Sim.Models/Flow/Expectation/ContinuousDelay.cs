using MathNet.Numerics.Distributions;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// A scenario duration as a distribution in hours, with the CDF, mean and variance of what the flow
/// model samples: a normal is clamped at zero (its negative mass is an atom at 0), a uniform or
/// triangular of zero width is a constant. CDFs come from MathNet.Numerics. Immutable and thread-safe.
/// </summary>
internal sealed class ContinuousDelay
{
    private readonly IContinuousDistribution? _distribution;

    private ContinuousDelay(IContinuousDistribution? distribution, double constantHours, double mean, double variance)
    {
        _distribution = distribution;
        ConstantHours = constantHours;
        Mean = mean;
        Variance = variance;
    }

    /// <summary>A delay of zero.</summary>
    public static ContinuousDelay Zero { get; } = Constant(0);

    /// <summary>True when every draw is <see cref="ConstantHours"/>.</summary>
    public bool IsConstant => _distribution is null;

    /// <summary>The value of a constant delay, hours (0 otherwise).</summary>
    public double ConstantHours { get; }

    /// <summary>The mean, hours.</summary>
    public double Mean { get; }

    /// <summary>The variance, hours².</summary>
    public double Variance { get; }

    public static ContinuousDelay Constant(double hours) => new(null, hours, hours, 0);

    public static ContinuousDelay From(DistributionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double h = spec.ToHours(1.0);
        switch (spec.Kind)
        {
            case DistributionKind.Exponential:
                return Of(new Exponential(1.0 / (spec.Mean * h)));
            case DistributionKind.Uniform when spec.Max > spec.Min:
                return Of(new ContinuousUniform(spec.Min * h, spec.Max * h));
            case DistributionKind.Triangular when spec.Max > spec.Min:
                return Of(new Triangular(spec.Min * h, spec.Max * h, spec.Mode * h));
            case DistributionKind.Lognormal:
                double sigmaSquared = Math.Log(1 + (spec.Cv * spec.Cv));
                return Of(new LogNormal(Math.Log(spec.Mean * h) - (0.5 * sigmaSquared), Math.Sqrt(sigmaSquared)));
            case DistributionKind.Gamma:
                double cvSquared = spec.Cv * spec.Cv;
                return Of(new Gamma(1.0 / cvSquared, 1.0 / (spec.Mean * h * cvSquared)));
            case DistributionKind.Normal:
                return ClampedNormal(spec.Mean * h, spec.Cv * spec.Mean * h);
            default:
                return Constant(spec.MeanHours);
        }
    }

    /// <summary>P(delay ≤ <paramref name="hours"/>); 0 below zero (a clamped normal's negative mass is the atom at 0).</summary>
    public double Cdf(double hours)
    {
        if (_distribution is null)
        {
            return hours >= ConstantHours ? 1 : 0;
        }

        if (hours < 0)
        {
            return 0;
        }

        return _distribution.CumulativeDistribution(hours);
    }

    /// <summary>A value the delay exceeds with probability below 1e-9 (its largest value when bounded), hours.</summary>
    public double UpperBound()
    {
        if (_distribution is null)
        {
            return ConstantHours;
        }

        double bound = Math.Max(Mean, 0) + Math.Sqrt(Variance);
        while (Cdf(bound) < 1 - 1e-9)
        {
            bound *= 1.5;
        }

        return bound;
    }

    private static ContinuousDelay Of(IContinuousDistribution distribution) =>
        new(distribution, 0, distribution.Mean, distribution.Variance);

    private static ContinuousDelay ClampedNormal(double mean, double sd)
    {
        // The model samples max(0, X): E and Var of the normal censored at zero.
        double z = mean / sd;
        double above = Normal.CDF(0, 1, z);
        double density = Normal.PDF(0, 1, z);
        double m = (mean * above) + (sd * density);
        double second = (((mean * mean) + (sd * sd)) * above) + (mean * sd * density);
        return new ContinuousDelay(new Normal(mean, sd), 0, m, Math.Max(0, second - (m * m)));
    }
}
