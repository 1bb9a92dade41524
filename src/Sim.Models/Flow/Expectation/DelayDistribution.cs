using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// The distribution of a delay in hours, built up leg by leg: exactly, as a mixture of point masses
/// and uniform pieces (<see cref="PieceMixture"/>), or numerically, on a lattice
/// (<see cref="LatticeDelay"/>). Operations return new instances; an exact distribution returns null
/// from an operation whose result it cannot hold, and the caller starts again on a lattice.
/// Immutable and thread-safe.
/// </summary>
internal abstract class DelayDistribution
{
    /// <summary>The mean, hours.</summary>
    public abstract double Mean { get; }

    /// <summary>The variance, hours².</summary>
    public abstract double Variance { get; }

    /// <summary>P(delay ≤ <paramref name="hours"/>).</summary>
    public abstract double Cdf(double hours);

    /// <summary>This delay plus <paramref name="delay"/> (independent); null when not representable.</summary>
    public abstract DelayDistribution? Add(ContinuousDelay delay);

    /// <summary>This delay plus a uniform delay on [<paramref name="from"/>, <paramref name="from"/> + <paramref name="width"/>); null when not representable.</summary>
    public abstract DelayDistribution? AddUniform(double from, double width);

    /// <summary>This delay plus <paramref name="other"/> (independent, same representation); null when not representable.</summary>
    public abstract DelayDistribution? Add(DelayDistribution other);

    /// <summary>With probability <paramref name="p"/> <paramref name="other"/>, else this (same representation).</summary>
    public abstract DelayDistribution Mix(double p, DelayDistribution other);

    /// <summary>
    /// The delay once a parcel ready at <paramref name="anchorTicks"/> + this delay has left on the first
    /// departure of <paramref name="timetable"/> it makes (cut-off included), measured from the anchor.
    /// </summary>
    public abstract DelayDistribution MapDepartures(long anchorTicks, CompiledTimetable timetable);
}
