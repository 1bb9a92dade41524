namespace Sim.Models.Scenarios;

/// <summary>Every order of the lane goes by <see cref="Mode"/> (YAML <c>{kind: fixed, mode: express}</c>). Immutable.</summary>
public sealed record FixedModePolicy : FulfilmentPolicySpec
{
    /// <summary>The mode id.</summary>
    public required string Mode { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<string> ModeIds => [Mode];
}
