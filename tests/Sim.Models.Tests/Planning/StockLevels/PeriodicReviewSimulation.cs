using Sim.Engine.Randomness;

namespace Sim.Models.Tests.Planning.StockLevels;

/// <summary>
/// Simulates a periodic-review inventory period by period, literally as the problem states it:
/// review, order (arriving L periods later, before that period's demand), Poisson demand, then
/// holding and backorder cost on the end-of-period net inventory. Returns batch means of the cost
/// per period, so that a test can state a confidence interval.
/// </summary>
internal static class PeriodicReviewSimulation
{
    /// <summary>Batch means of the cost per period of a policy deciding, from the position at a review and the period index, the quantity to order.</summary>
    public static double[] BatchMeans(
        double meanDemand, double orderCost, double holding, double backorder, int leadTime,
        Func<long, long, long> orderQuantity, int batches, int periodsPerBatch, int warmUp, ulong seed)
    {
        var rng = new RandomStream(seed);
        var demand = new Poisson(meanDemand);
        var pipeline = new long[leadTime + 1];
        long net = 0;
        long position = 0;
        var means = new double[batches];
        for (long t = -warmUp; t < (long)batches * periodsPerBatch; t++)
        {
            var cost = 0.0;
            var quantity = orderQuantity(position, t);
            if (quantity > 0)
            {
                cost += orderCost;
                position += quantity;
                pipeline[leadTime] += quantity;
            }

            // Receive what arrives this period (placed L periods ago), then shift the pipeline.
            net += pipeline[0];
            Array.Copy(pipeline, 1, pipeline, 0, leadTime);
            pipeline[leadTime] = 0;

            var d = demand.SampleCount(rng);
            net -= d;
            position -= d;
            cost += net >= 0 ? holding * net : backorder * -net;
            if (t >= 0)
            {
                means[t / periodsPerBatch] += cost / periodsPerBatch;
            }
        }

        return means;
    }
}
