using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// The time from the start of a route (the order, the shipment or the return) to the end of its last
/// leg, with no congestion: each leg's processing or transit time, the wait for its timetable,
/// and the customs clearance (a mixture: declaration, plus each delay with its probability). Queues
/// at servers and daily quotas are not counted: the simulation is the truth for congestion.
/// </summary>
/// <remarks>
/// <para>
/// A parcel reaches its first timetabled leg at a uniformly distributed time of the timetable's cycle
/// (orders arrive at a constant rate within a day; a weekly timetable also assumes a flat weekly
/// pattern), so it leaves on departure k with probability gap_k / period after a wait uniform on
/// [cut-off, cut-off + gap_k). From then on its clock phase is known: a later timetable maps each
/// possible ready time to its departure. The mean and variance are exact sums when the route has at
/// most one timetable; the CDF is exact (a mixture of points and uniform pieces) when every leg and
/// customs delay is a constant, and otherwise computed on a lattice of 8,192 points (numerical
/// convolution, FFT). A later timetable whose period neither divides nor is divided by the known phase's
/// is taken at a uniform phase too (<see cref="IsApproximate"/>).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
internal sealed class DeliveryTime
{
    private readonly Lazy<(DelayDistribution Distribution, bool Approximate)> _distribution;
    private readonly (double Mean, double Variance)? _moments;

    private DeliveryTime(CompiledLeg[] legs)
    {
        _moments = DeliveryMoments.Of(legs);
        _distribution = new Lazy<(DelayDistribution, bool)>(() => Propagate(legs), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The mean, hours.</summary>
    public double Mean => _moments?.Mean ?? _distribution.Value.Distribution.Mean;

    /// <summary>The variance, hours².</summary>
    public double Variance => _moments?.Variance ?? _distribution.Value.Distribution.Variance;

    /// <summary>True when <see cref="Cdf"/> is exact (not on a lattice, no phase approximation).</summary>
    public bool IsExact => _distribution.Value.Distribution is PieceMixture && !_distribution.Value.Approximate;

    /// <summary>True when a timetable's phase had to be taken as uniform although it was not.</summary>
    public bool IsApproximate => _distribution.Value.Approximate;

    public static DeliveryTime Of(CompiledLeg[] legs) => new(legs);

    /// <summary>P(time ≤ <paramref name="hours"/>).</summary>
    public double Cdf(double hours) => _distribution.Value.Distribution.Cdf(hours);

    private static (DelayDistribution, bool) Propagate(CompiledLeg[] legs)
    {
        var exact = new PhasePropagation(PieceMixture.Zero).Run(legs);
        if (exact.Distribution is not null)
        {
            return (exact.Distribution, exact.Approximate);
        }

        var lattice = new PhasePropagation(LatticeDelay.Zero(LatticeGrid.Covering(UpperBound(legs)))).Run(legs);
        return (lattice.Distribution!, lattice.Approximate);
    }

    /// <summary>An upper bound of the route's time, hours: every leg's and delay's 1e-9 quantile and every timetable's cut-off plus cycle.</summary>
    private static double UpperBound(CompiledLeg[] legs)
    {
        double bound = 0;
        foreach (var leg in legs)
        {
            bound += ContinuousDelay.From(leg.Time).UpperBound();
            if (leg.Timetable is { } timetable)
            {
                bound += PieceMixture.ToHours(timetable.CutoffTicks + timetable.PeriodTicks);
            }

            if (leg.Customs?.Profile.Profile is { } profile)
            {
                bound += ContinuousDelay.From(profile.DeclarationTime).UpperBound();
                bound += profile.InspectionDelay is null ? 0 : ContinuousDelay.From(profile.InspectionDelay).UpperBound();
                bound += profile.HoldDelay is null ? 0 : ContinuousDelay.From(profile.HoldDelay).UpperBound();
                bound += profile.DocumentErrorDelay is null ? 0 : ContinuousDelay.From(profile.DocumentErrorDelay).UpperBound();
            }
        }

        return bound;
    }
}
