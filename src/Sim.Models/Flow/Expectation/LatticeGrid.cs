namespace Sim.Models.Flow.Expectation;

/// <summary>
/// The lattice a route's delays are computed on: points 0, h, 2h, ... (<see cref="Size"/> − 1)h; the
/// last point also holds the mass beyond it. Immutable.
/// </summary>
/// <param name="Size">Points, at least 2.</param>
/// <param name="Step">Spacing h in hours, positive.</param>
internal sealed record LatticeGrid(int Size, double Step)
{
    /// <summary>Points of the lattice a route is computed on: fine enough that the CDF at a promise is within a small fraction of a percent, coarse enough that an FFT of it takes a millisecond.</summary>
    public const int DefaultSize = 8192;

    /// <summary>A lattice covering [0, <paramref name="upperHours"/>] with <see cref="DefaultSize"/> points.</summary>
    public static LatticeGrid Covering(double upperHours) =>
        new(DefaultSize, upperHours > 0 ? upperHours / (DefaultSize - 2) : 1.0);
}
