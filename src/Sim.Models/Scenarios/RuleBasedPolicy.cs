namespace Sim.Models.Scenarios;

/// <summary>
/// Serve the order from warehouse stock when a warehouse mode among <see cref="Modes"/> has the
/// product in stock; otherwise take the cheapest (expected cost) direct mode among <see cref="Modes"/>
/// whose expected delivery time meets the product's promise; if none meets it, the fastest
/// (YAML <c>{kind: rule_based, modes: [owh-us, dedicated, postal, express]}</c>). Immutable.
/// </summary>
public sealed record RuleBasedPolicy : FulfilmentPolicySpec
{
    /// <summary>Candidate mode ids, at least one.</summary>
    public required IReadOnlyList<string> Modes { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<string> ModeIds => Modes;
}
