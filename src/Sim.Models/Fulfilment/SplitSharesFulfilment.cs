using Sim.Engine.Randomness;

namespace Sim.Models.Fulfilment;

/// <summary>
/// Each order draws an option with fixed probabilities (one uniform draw per order). Options that do
/// not accept the order's weight or value are skipped and the others' shares renormalised; when none
/// accepts, the draw ignores the limits. Immutable.
/// </summary>
public sealed class SplitSharesFulfilment : IFulfilmentPolicy
{
    private readonly FulfilmentOption[] _options;
    private readonly double[] _shares;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options, at least one.</param>
    /// <param name="shares">Their shares, non-negative, same count, with a positive sum (normalised here).</param>
    /// <exception cref="ArgumentException">The counts differ, a list is empty, or the shares do not have a positive sum.</exception>
    public SplitSharesFulfilment(IReadOnlyList<FulfilmentOption> options, IReadOnlyList<double> shares)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shares);
        if (options.Count == 0 || options.Count != shares.Count)
        {
            throw new ArgumentException("Give one share per option, at least one option.", nameof(shares));
        }

        double sum = 0;
        foreach (double share in shares)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(share, nameof(shares));
            sum += share;
        }

        if (!(sum > 0))
        {
            throw new ArgumentException("The shares must have a positive sum.", nameof(shares));
        }

        _options = [.. options];
        _shares = new double[shares.Count];
        for (int i = 0; i < _shares.Length; i++)
        {
            _shares[i] = shares[i] / sum;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<FulfilmentOption> Options => _options;

    /// <inheritdoc/>
    public int Choose(in OrderFacts order, IStockAvailability stock, RandomStream rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double u = rng.NextUnit();
        double accepted = 0;
        for (int i = 0; i < _options.Length; i++)
        {
            if (_options[i].Accepts(order))
            {
                accepted += _shares[i];
            }
        }

        bool useLimits = accepted > 0;
        double target = u * (useLimits ? accepted : 1.0);
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < _options.Length; i++)
        {
            if (useLimits && !_options[i].Accepts(order))
            {
                continue;
            }

            cumulative += _shares[i];
            last = i;
            if (target < cumulative)
            {
                return i;
            }
        }

        return last;
    }
}
