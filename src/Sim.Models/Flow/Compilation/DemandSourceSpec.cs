using Sim.Models.Fulfilment;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// One demand stream compiled: its rates, product, market, B2B share, fulfilment policy (immutable,
/// shared by replications) and fallback routes. Immutable and thread-safe.
/// </summary>
internal sealed class DemandSourceSpec
{
    public required double OrdersPerDay { get; init; }

    /// <summary>Seven factors, Monday first.</summary>
    public required double[] Weekly { get; init; }

    /// <summary>Peak multipliers as (first day, last day inclusive, multiplier) in simulated day numbers.</summary>
    public required (long From, long To, double Multiplier)[] Peaks { get; init; }

    public required int Product { get; init; }

    public required int Market { get; init; }

    public required double B2bShare { get; init; }

    public required int B2bUnits { get; init; }

    public required IFulfilmentPolicy Policy { get; init; }

    /// <summary>The name of the lane's stream of policy draws (<c>fulfilment/MARKET/PRODUCT</c>).</summary>
    public required string FulfilmentStream { get; init; }

    /// <summary>Per option: the route of the fallback mode when its stock point is out of stock; -1 for backorder or direct options.</summary>
    public required int[] FallbackRoutes { get; init; }

    /// <summary>The first warehouse option of a rule-based policy (its stock-outs are counted); -1 otherwise.</summary>
    public required int PreferredStockOption { get; init; }

    /// <summary>Orders per day on simulated day <paramref name="day"/>: base × weekday factor × active peaks.</summary>
    public double RateOnDay(long day, int weekdayMondayFirst)
    {
        double rate = OrdersPerDay * Weekly[weekdayMondayFirst];
        foreach (var (from, to, multiplier) in Peaks)
        {
            if (day >= from && day <= to)
            {
                rate *= multiplier;
            }
        }

        return rate;
    }
}
