namespace Sim.Models.Scenarios;

/// <summary>
/// How the logistics integrator picks a mode for each order of a lane, as written in the scenario:
/// one of <see cref="FixedModePolicy"/>, <see cref="SplitSharesPolicy"/> or <see cref="RuleBasedPolicy"/>
/// (YAML <c>policy: {kind: fixed | split | rule_based, ...}</c>). The runtime policies that act on it
/// live with the flow model. Immutable.
/// </summary>
public abstract record FulfilmentPolicySpec
{
    /// <summary>Every mode id the policy may choose, for reference checks and planning.</summary>
    public abstract IEnumerable<string> ModeIds { get; }
}
