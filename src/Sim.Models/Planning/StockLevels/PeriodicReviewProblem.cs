using System.Globalization;

namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// The textbook single-stage periodic-review inventory problem: demand in each period is Poisson
/// with mean <see cref="MeanDemand"/> units, independent between periods; an order costs
/// <see cref="OrderCost"/> (K) whatever its size and arrives <see cref="LeadTimePeriods"/> (L) periods
/// after it is placed; unmet demand is backordered; at the end of every period the net inventory
/// (on hand minus backorders) costs <see cref="HoldingCost"/> (h) per unit held and
/// <see cref="BackorderCost"/> (p) per unit short. The criterion is the long-run average cost per
/// period. Money is in any one currency; units are whole units of stock. Immutable.
/// </summary>
/// <remarks>
/// The inventory position after a review decision in period t decides the net inventory at the end
/// of period t + L, which is that position minus the demand of the L + 1 periods t .. t + L; so the
/// expected holding and backorder cost charged to a review is <see cref="OnePeriodCost"/> G(y) over
/// Poisson demand with mean (L + 1) × <see cref="MeanDemand"/>.
/// </remarks>
public sealed record PeriodicReviewProblem
{
    /// <summary>
    /// Largest accepted <see cref="MeanDemand"/> × (L + 1): beyond it the Poisson probabilities lose
    /// the precision that tells neighbouring levels apart (and the algorithms get slow).
    /// </summary>
    public const double MaxLeadTimeDemand = 1e6;

    /// <summary>Largest accepted ratio between the backorder and the holding cost, either way round.</summary>
    public const double MaxCostRatio = 1e6;

    /// <summary>
    /// Largest accepted K·λ·(1/h + 1/p), so that the economic order quantity with backorders,
    /// √(2Kλ(1/h + 1/p)), stays within about 10,000 units (the algorithm's work grows with its square).
    /// </summary>
    public const double MaxOrderScale = 5e7;

    /// <summary>Smallest accepted <see cref="MeanDemand"/>: below it an order cycle lasts beyond a million periods.</summary>
    public const double MinMeanDemand = 1e-6;

    /// <summary>Largest accepted K, h or p.</summary>
    public const double MaxCost = 1e12;

    /// <summary>λ, mean demand per period in units; positive.</summary>
    public required double MeanDemand { get; init; }

    /// <summary>K, fixed cost per order; zero or more (0 gives a base-stock policy).</summary>
    public double OrderCost { get; init; }

    /// <summary>h, cost per unit of positive net inventory at the end of a period; positive.</summary>
    public required double HoldingCost { get; init; }

    /// <summary>p, cost per unit backordered at the end of a period; positive.</summary>
    public required double BackorderCost { get; init; }

    /// <summary>L, whole periods between placing an order and receiving it; zero or more (0: it arrives before that period's demand).</summary>
    public int LeadTimePeriods { get; init; }

    /// <summary>Mean demand over the L + 1 periods an order-up-to decision protects, units.</summary>
    public double LeadTimeDemand => MeanDemand * (LeadTimePeriods + 1.0);

    /// <summary>Every problem with the values; empty when the problem is valid.</summary>
    /// <returns>The problems found, in property order: the property's name (e.g. <c>HoldingCost</c>) and
    /// why its value is refused, as a sentence starting with the parameter's name in words.</returns>
    public IReadOnlyList<(string Parameter, string Reason)> Problems()
    {
        var problems = new List<(string, string)>();
        if (!(MeanDemand > 0) || !double.IsFinite(MeanDemand))
        {
            problems.Add((nameof(MeanDemand), $"mean demand must be a positive number, not {Format(MeanDemand)}"));
        }
        else if (MeanDemand < MinMeanDemand)
        {
            problems.Add((nameof(MeanDemand), $"mean demand must be at least {Format(MinMeanDemand)} units per period, not {Format(MeanDemand)} (use longer periods)"));
        }

        if (!(OrderCost >= 0) || !(OrderCost <= MaxCost))
        {
            problems.Add((nameof(OrderCost), $"order cost must be zero or more and at most {Format(MaxCost)}, not {Format(OrderCost)}"));
        }

        if (!(HoldingCost > 0) || !(HoldingCost <= MaxCost))
        {
            problems.Add((nameof(HoldingCost), $"holding cost must be positive and at most {Format(MaxCost)}, not {Format(HoldingCost)} (with free stock no finite policy is optimal)"));
        }

        if (!(BackorderCost > 0) || !(BackorderCost <= MaxCost))
        {
            problems.Add((nameof(BackorderCost), $"backorder cost must be positive and at most {Format(MaxCost)}, not {Format(BackorderCost)} (with free backorders never ordering is optimal)"));
        }

        if (LeadTimePeriods < 0)
        {
            problems.Add((nameof(LeadTimePeriods), $"lead time must be zero or more periods, not {LeadTimePeriods}"));
        }

        if (problems.Count == 0 && LeadTimeDemand > MaxLeadTimeDemand)
        {
            problems.Add((nameof(MeanDemand), $"mean demand over the lead time plus one period is {Format(LeadTimeDemand)}; at most {Format(MaxLeadTimeDemand)} is supported (count demand in larger units)"));
        }

        if (problems.Count == 0 && (BackorderCost / HoldingCost > MaxCostRatio || HoldingCost / BackorderCost > MaxCostRatio))
        {
            problems.Add((nameof(BackorderCost), $"backorder and holding cost differ by a factor of more than {Format(MaxCostRatio)}; the optimal levels would lie where the Poisson tails are below double precision"));
        }

        var orderScale = OrderCost * MeanDemand * ((1 / HoldingCost) + (1 / BackorderCost));
        if (problems.Count == 0 && orderScale > MaxOrderScale)
        {
            problems.Add((nameof(OrderCost), $"order cost × mean demand × (1/holding + 1/backorder cost) is {Format(orderScale)}; at most {Format(MaxOrderScale)} is supported (count demand in larger units)"));
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Problems"/> finds any.</summary>
    /// <exception cref="ArgumentException">The first problem found, naming the parameter.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].Reason, problems[0].Parameter);
        }
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
