using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// An exact delay distribution: a finite mixture of point masses and uniform pieces, which is what
/// constant legs, customs delays that are constants, and the wait for a timetable at a uniformly
/// distributed time of day or week add up to. Immutable and thread-safe.
/// </summary>
internal sealed class PieceMixture : DelayDistribution
{
    private readonly Piece[] _pieces;

    private PieceMixture(IEnumerable<Piece> pieces)
    {
        // Equal pieces merge, so that mixtures of constants do not grow without need.
        var merged = new Dictionary<(double Start, double Width), double>();
        foreach (var piece in pieces)
        {
            if (piece.P > 0)
            {
                merged[(piece.Start, piece.Width)] = merged.GetValueOrDefault((piece.Start, piece.Width)) + piece.P;
            }
        }

        _pieces = [.. merged.Select(m => new Piece(m.Key.Start, m.Key.Width, m.Value)).OrderBy(p => p.Start).ThenBy(p => p.Width)];
    }

    /// <summary>No delay.</summary>
    public static PieceMixture Zero { get; } = new([new Piece(0, 0, 1)]);

    /// <summary>The pieces: start and width in hours (width 0 for a point mass) and probability.</summary>
    public IReadOnlyList<Piece> Pieces => _pieces;

    /// <inheritdoc/>
    public override double Mean => _pieces.Sum(p => p.P * (p.Start + (p.Width / 2)));

    /// <inheritdoc/>
    public override double Variance
    {
        get
        {
            double mean = Mean;
            double second = _pieces.Sum(p => p.P * ((p.Start * p.Start) + (p.Start * p.Width) + (p.Width * p.Width / 3)));
            return Math.Max(0, second - (mean * mean));
        }
    }

    /// <inheritdoc/>
    public override double Cdf(double hours)
    {
        double sum = 0;
        foreach (var p in _pieces)
        {
            sum += p.Width == 0 ? (p.Start <= hours ? p.P : 0) : p.P * Math.Clamp((hours - p.Start) / p.Width, 0, 1);
        }

        return Math.Min(sum, 1);
    }

    /// <inheritdoc/>
    public override DelayDistribution? Add(ContinuousDelay delay) =>
        delay.IsConstant ? new PieceMixture(_pieces.Select(p => p with { Start = p.Start + delay.ConstantHours })) : null;

    /// <inheritdoc/>
    public override DelayDistribution? AddUniform(double from, double width) =>
        _pieces.Any(p => p.Width > 0) ? null : new PieceMixture(_pieces.Select(p => new Piece(p.Start + from, width, p.P)));

    /// <inheritdoc/>
    public override DelayDistribution? Add(DelayDistribution other)
    {
        var mixture = (PieceMixture)other;
        var sums = new List<Piece>();
        foreach (var a in _pieces)
        {
            foreach (var b in mixture._pieces)
            {
                // The sum of two uniform pieces is a trapezoid: not a piece.
                if (a.Width > 0 && b.Width > 0)
                {
                    return null;
                }

                sums.Add(new Piece(a.Start + b.Start, a.Width + b.Width, a.P * b.P));
            }
        }

        return new PieceMixture(sums);
    }

    /// <inheritdoc/>
    public override DelayDistribution Mix(double p, DelayDistribution other) =>
        new PieceMixture(_pieces.Select(x => x with { P = x.P * (1 - p) }).Concat(((PieceMixture)other)._pieces.Select(x => x with { P = x.P * p })));

    /// <inheritdoc/>
    public override DelayDistribution MapDepartures(long anchorTicks, CompiledTimetable timetable)
    {
        var mapped = new List<Piece>();
        foreach (var piece in _pieces)
        {
            long from = anchorTicks + ToTicks(piece.Start);
            if (piece.Width == 0)
            {
                mapped.Add(new Piece(ToHours(Departure(from, timetable) - anchorTicks), 0, piece.P));
                continue;
            }

            // A uniform piece falls into the catchment of several departures: each gets the share of
            // the piece that is ready before its cut-off, as a point mass at its departure.
            long to = anchorTicks + ToTicks(piece.Start + piece.Width);
            double width = to - from;
            long ready = from;
            while (ready < to)
            {
                long departure = Departure(ready, timetable);
                long last = Math.Min(to, departure - timetable.CutoffTicks + 1);
                mapped.Add(new Piece(ToHours(departure - anchorTicks), 0, piece.P * (last - ready) / width));
                ready = last;
            }
        }

        return new PieceMixture(mapped);
    }

    /// <summary>The departure a parcel ready at <paramref name="readyTicks"/> leaves on: the first at or after ready + cut-off.</summary>
    internal static long Departure(long readyTicks, CompiledTimetable timetable) =>
        timetable.Timetable.NextAtOrAfter(new SimTime(readyTicks + timetable.CutoffTicks)).Ticks;

    internal static long ToTicks(double hours) => (long)Math.Round(hours * SimDuration.TicksPerHour);

    internal static double ToHours(long ticks) => (double)ticks / SimDuration.TicksPerHour;

    /// <summary>A point mass (width 0) or a uniform piece on [start, start + width).</summary>
    /// <param name="Start">Hours.</param>
    /// <param name="Width">Hours, zero or more.</param>
    /// <param name="P">Probability.</param>
    internal readonly record struct Piece(double Start, double Width, double P);
}
