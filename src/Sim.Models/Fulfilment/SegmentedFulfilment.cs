using Sim.Engine.Randomness;

namespace Sim.Models.Fulfilment;

/// <summary>
/// One policy for a stream's B2C orders and another for its B2B orders (a plan routes them apart
/// when a mode's weight or value limit takes one and not the other). <see cref="Options"/> lists the
/// B2C policy's options, then the B2B policy's. Immutable.
/// </summary>
public sealed class SegmentedFulfilment : IFulfilmentPolicy
{
    private readonly IFulfilmentPolicy _b2c;
    private readonly IFulfilmentPolicy _b2b;
    private readonly FulfilmentOption[] _options;

    /// <summary>Creates the policy.</summary>
    /// <param name="b2c">The policy of single-unit B2C orders.</param>
    /// <param name="b2b">The policy of B2B orders.</param>
    /// <exception cref="ArgumentNullException">A policy is null.</exception>
    public SegmentedFulfilment(IFulfilmentPolicy b2c, IFulfilmentPolicy b2b)
    {
        ArgumentNullException.ThrowIfNull(b2c);
        ArgumentNullException.ThrowIfNull(b2b);
        _b2c = b2c;
        _b2b = b2b;
        _options = [.. b2c.Options, .. b2b.Options];
    }

    /// <inheritdoc/>
    public IReadOnlyList<FulfilmentOption> Options => _options;

    /// <inheritdoc/>
    public int Choose(in OrderFacts order, IStockAvailability stock, RandomStream rng) =>
        order.IsB2b ? _b2c.Options.Count + _b2b.Choose(order, stock, rng) : _b2c.Choose(order, stock, rng);
}
