using Sim.Engine.Randomness;

namespace Sim.Models.Fulfilment;

/// <summary>Every order takes the one option, whatever its weight or value (the planner's choice). Immutable.</summary>
public sealed class FixedModeFulfilment : IFulfilmentPolicy
{
    private readonly FulfilmentOption[] _options;

    /// <summary>Creates the policy.</summary>
    /// <param name="option">The mode every order takes.</param>
    public FixedModeFulfilment(FulfilmentOption option) => _options = [option];

    /// <inheritdoc/>
    public IReadOnlyList<FulfilmentOption> Options => _options;

    /// <inheritdoc/>
    public int Choose(in OrderFacts order, IStockAvailability stock, RandomStream rng) => 0;
}
