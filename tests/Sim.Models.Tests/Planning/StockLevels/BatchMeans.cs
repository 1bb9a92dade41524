using MathNet.Numerics.Distributions;

namespace Sim.Models.Tests.Planning.StockLevels;

/// <summary>Student-t confidence intervals over batch means.</summary>
internal static class BatchMeans
{
    /// <summary>The mean of <paramref name="batches"/> and the half-width of its two-sided interval at <paramref name="confidence"/>.</summary>
    public static (double Mean, double HalfWidth) Interval(double[] batches, double confidence)
    {
        var n = batches.Length;
        var mean = batches.Average();
        var variance = batches.Sum(b => (b - mean) * (b - mean)) / (n - 1);
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - confidence) / 2));
        return (mean, t * Math.Sqrt(variance / n));
    }
}
