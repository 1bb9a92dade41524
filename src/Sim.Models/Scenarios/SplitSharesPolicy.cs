namespace Sim.Models.Scenarios;

/// <summary>
/// Each order of the lane draws its mode at random with the given <see cref="Shares"/>
/// (YAML <c>{kind: split, shares: {postal: 0.6, express: 0.4}}</c>). Immutable.
/// </summary>
public sealed record SplitSharesPolicy : FulfilmentPolicySpec
{
    /// <summary>Modes and their shares, in file order; at least one, shares sum to 1, modes distinct.</summary>
    public required IReadOnlyList<ModeShare> Shares { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<string> ModeIds => Shares.Select(s => s.Mode);
}
