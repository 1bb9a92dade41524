using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// A delay distribution on a <see cref="LatticeGrid"/>: probability masses at the points ih. A
/// continuous delay is discretised by the mass of the cell [(i − ½)h, (i + ½)h) around each point, a
/// constant between two points is split between them in proportion (which keeps the mean), and sums
/// are convolutions (by FFT when large). The CDF spreads each mass evenly over its cell. Immutable and
/// thread-safe.
/// </summary>
internal sealed class LatticeDelay : DelayDistribution
{
    private const int DirectLimit = 1 << 20;
    private const double RoundOff = 1e-15;
    private readonly double[] _p;

    private LatticeDelay(LatticeGrid grid, double[] p)
    {
        Grid = grid;
        _p = p;
    }

    public LatticeGrid Grid { get; }

    /// <inheritdoc/>
    public override double Mean
    {
        get
        {
            double sum = 0;
            for (int i = 0; i < _p.Length; i++)
            {
                sum += _p[i] * i;
            }

            return sum * Grid.Step;
        }
    }

    /// <inheritdoc/>
    public override double Variance
    {
        get
        {
            double mean = Mean / Grid.Step;
            double sum = 0;
            for (int i = 0; i < _p.Length; i++)
            {
                sum += _p[i] * (i - mean) * (i - mean);
            }

            return sum * Grid.Step * Grid.Step;
        }
    }

    public static LatticeDelay Zero(LatticeGrid grid)
    {
        var p = new double[grid.Size];
        p[0] = 1;
        return new LatticeDelay(grid, p);
    }

    /// <summary>The exact mixture <paramref name="exact"/> on <paramref name="grid"/>.</summary>
    public static LatticeDelay From(PieceMixture exact, LatticeGrid grid)
    {
        var p = new double[grid.Size];
        foreach (var piece in exact.Pieces)
        {
            if (piece.Width == 0)
            {
                Split(p, piece.Start / grid.Step, piece.P);
            }
            else
            {
                var cell = Discretise(grid, h => Math.Clamp((h - piece.Start) / piece.Width, 0, 1));
                for (int i = 0; i < cell.Length; i++)
                {
                    p[i] += piece.P * cell[i];
                }
            }
        }

        return new LatticeDelay(grid, p);
    }

    /// <inheritdoc/>
    public override double Cdf(double hours)
    {
        double cell = (hours / Grid.Step) + 0.5;
        if (cell <= 0)
        {
            return 0;
        }

        int whole = (int)Math.Min(Math.Floor(cell), _p.Length);
        double sum = 0;
        for (int i = 0; i < whole; i++)
        {
            sum += _p[i];
        }

        if (whole < _p.Length)
        {
            sum += _p[whole] * (cell - whole);
        }

        return Math.Min(sum, 1);
    }

    /// <inheritdoc/>
    public override DelayDistribution Add(ContinuousDelay delay)
    {
        if (delay.IsConstant)
        {
            var shifted = new double[_p.Length];
            for (int i = 0; i < _p.Length; i++)
            {
                if (_p[i] != 0)
                {
                    Split(shifted, i + (delay.ConstantHours / Grid.Step), _p[i]);
                }
            }

            return new LatticeDelay(Grid, shifted);
        }

        return Convolve(Discretise(Grid, delay.Cdf));
    }

    /// <inheritdoc/>
    public override DelayDistribution AddUniform(double from, double width) =>
        width <= 0 ? Add(ContinuousDelay.Constant(from)) : Convolve(Discretise(Grid, h => Math.Clamp((h - from) / width, 0, 1)));

    /// <inheritdoc/>
    public override DelayDistribution Add(DelayDistribution other) => Convolve(((LatticeDelay)other)._p);

    /// <inheritdoc/>
    public override DelayDistribution Mix(double p, DelayDistribution other)
    {
        var mixed = new double[_p.Length];
        var second = ((LatticeDelay)other)._p;
        for (int i = 0; i < mixed.Length; i++)
        {
            mixed[i] = ((1 - p) * _p[i]) + (p * second[i]);
        }

        return new LatticeDelay(Grid, mixed);
    }

    /// <inheritdoc/>
    public override DelayDistribution MapDepartures(long anchorTicks, CompiledTimetable timetable)
    {
        var mapped = new double[_p.Length];
        for (int i = 0; i < _p.Length; i++)
        {
            if (_p[i] != 0)
            {
                long departure = PieceMixture.Departure(anchorTicks + PieceMixture.ToTicks(i * Grid.Step), timetable);
                Split(mapped, PieceMixture.ToHours(departure - anchorTicks) / Grid.Step, _p[i]);
            }
        }

        return new LatticeDelay(Grid, mapped);
    }

    /// <summary>The masses of the cells around each point under <paramref name="cdf"/>; what lies beyond the lattice goes to its last point.</summary>
    private static double[] Discretise(LatticeGrid grid, Func<double, double> cdf)
    {
        var p = new double[grid.Size];
        double below = 0;
        for (int i = 0; i < p.Length - 1; i++)
        {
            double upTo = cdf((i + 0.5) * grid.Step);
            p[i] = Math.Max(0, upTo - below);
            below = Math.Max(below, upTo);
            if (below >= 1)
            {
                return p;
            }
        }

        p[^1] = Math.Max(0, 1 - below);
        return p;
    }

    /// <summary>Adds <paramref name="mass"/> at fractional point <paramref name="x"/>, split between its two neighbours.</summary>
    private static void Split(double[] p, double x, double mass)
    {
        int last = p.Length - 1;
        if (x >= last)
        {
            p[last] += mass;
            return;
        }

        int low = (int)Math.Floor(Math.Max(x, 0));
        double high = x - low;
        p[low] += mass * (1 - high);
        p[low + 1] += mass * high;
    }

    private LatticeDelay Convolve(double[] kernel)
    {
        int a = LastNonZero(_p) + 1;
        int b = LastNonZero(kernel) + 1;
        var full = (long)a * b <= DirectLimit ? Direct(_p, a, kernel, b) : Fft(_p, a, kernel, b);
        var result = new double[_p.Length];
        int last = result.Length - 1;
        for (int i = 0; i < full.Length; i++)
        {
            // FFT round-off leaves noise of about 1e-17 everywhere: drop it, or it would spread the support.
            if (full[i] > RoundOff)
            {
                result[Math.Min(i, last)] += full[i];
            }
        }

        return new LatticeDelay(Grid, result);
    }

    private static int LastNonZero(double[] p)
    {
        int i = p.Length - 1;
        while (i > 0 && p[i] == 0)
        {
            i--;
        }

        return i;
    }

    private static double[] Direct(double[] x, int a, double[] y, int b)
    {
        var full = new double[a + b - 1];
        for (int i = 0; i < a; i++)
        {
            if (x[i] != 0)
            {
                for (int j = 0; j < b; j++)
                {
                    full[i + j] += x[i] * y[j];
                }
            }
        }

        return full;
    }

    private static double[] Fft(double[] x, int a, double[] y, int b)
    {
        int n = (int)BitOperations.RoundUpToPowerOf2((uint)(a + b - 1));
        var fx = new Complex[n];
        var fy = new Complex[n];
        for (int i = 0; i < a; i++)
        {
            fx[i] = x[i];
        }

        for (int i = 0; i < b; i++)
        {
            fy[i] = y[i];
        }

        Fourier.Forward(fx, FourierOptions.Matlab);
        Fourier.Forward(fy, FourierOptions.Matlab);
        for (int i = 0; i < n; i++)
        {
            fx[i] *= fy[i];
        }

        Fourier.Inverse(fx, FourierOptions.Matlab);
        var full = new double[a + b - 1];
        for (int i = 0; i < full.Length; i++)
        {
            full[i] = fx[i].Real;
        }

        return full;
    }
}
