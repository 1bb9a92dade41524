using Sim.Engine.Randomness;

namespace Sim.Models.Fulfilment;

/// <summary>
/// From stock when a warehouse option has the order's units on hand (the first such, in option
/// order); otherwise the direct option with the lowest expected cost whose expected time meets the
/// promise; otherwise the fastest direct option. Options that do not accept the order's weight or
/// value are skipped while another remains. Uses no random numbers. Immutable.
/// </summary>
public sealed class RuleBasedFulfilment : IFulfilmentPolicy
{
    private readonly FulfilmentOption[] _options;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is empty.</exception>
    public RuleBasedFulfilment(IReadOnlyList<FulfilmentOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0)
        {
            throw new ArgumentException("At least one option is needed.", nameof(options));
        }

        _options = [.. options];
        FirstStockOption = Array.FindIndex(_options, o => o.FromStock);
    }

    /// <inheritdoc/>
    public IReadOnlyList<FulfilmentOption> Options => _options;

    /// <summary>The index of the first warehouse option; -1 when there is none.</summary>
    public int FirstStockOption { get; }

    /// <inheritdoc/>
    public int Choose(in OrderFacts order, IStockAvailability stock, RandomStream rng)
    {
        ArgumentNullException.ThrowIfNull(stock);
        for (int i = 0; i < _options.Length; i++)
        {
            if (_options[i].FromStock && stock.HasStock(_options[i].StockPoint, order.Units))
            {
                return i;
            }
        }

        int best = BestDirect(order, respectLimits: true);
        if (best < 0)
        {
            best = BestDirect(order, respectLimits: false);
        }

        return best >= 0 ? best : Math.Max(FirstStockOption, 0);
    }

    private int BestDirect(in OrderFacts order, bool respectLimits)
    {
        int cheapest = -1;
        int fastest = -1;
        double cheapestCost = double.PositiveInfinity;
        double fastestHours = double.PositiveInfinity;
        for (int i = 0; i < _options.Length; i++)
        {
            ref readonly var option = ref _options[i];
            if (option.FromStock || (respectLimits && !option.Accepts(order)))
            {
                continue;
            }

            if (option.ExpectedHours <= order.PromiseHours && option.ExpectedCost(order) < cheapestCost)
            {
                cheapest = i;
                cheapestCost = option.ExpectedCost(order);
            }

            if (option.ExpectedHours < fastestHours)
            {
                fastest = i;
                fastestHours = option.ExpectedHours;
            }
        }

        return cheapest >= 0 ? cheapest : fastest;
    }
}
