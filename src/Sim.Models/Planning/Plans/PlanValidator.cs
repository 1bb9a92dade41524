using Sim.Models.Planning.Plans.Loading;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// Checks a <see cref="Plan"/> against the <see cref="Scenario"/> it is for: every reference (origins,
/// markets, product classes, modes, warehouses) resolves; routes can serve their lanes (a lanes-table
/// entry for a direct mode; an open warehouse of the lane's market, mode and stock for a warehouse
/// mode; weight and value limits for the orders carried); a lane's shares are fractions summing to 1
/// within 1e-9; every demand stream with orders is covered once, whole or as B2C and B2B sub-lanes;
/// stock levels, departures and figures are in range. The same checks <c>PlanLoader</c> runs on
/// <c>plan.yaml</c>. Stateless and thread-safe.
/// </summary>
public static class PlanValidator
{
    /// <summary>Every problem of <paramref name="plan"/> for <paramref name="scenario"/>.</summary>
    /// <param name="plan">The plan, e.g. one built by an optimiser.</param>
    /// <param name="scenario">The scenario it is for.</param>
    /// <param name="source">What to name as the file in the errors (no line is known for a plan built in memory).</param>
    /// <returns>The errors, each with its field path (such as <c>lanes[shenzhen/US/apparel].shares</c>); empty when the plan is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="scenario"/> is null.</exception>
    public static IReadOnlyList<ScenarioError> Validate(Plan plan, Scenario scenario, string source = "plan")
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var diagnostics = new ScenarioDiagnostics(source, new YamlPositions(null));
        Check(plan, scenario, diagnostics);
        return diagnostics.Errors;
    }

    internal static void Check(Plan plan, Scenario scenario, ScenarioDiagnostics diagnostics)
    {
        var context = new PlanCheckContext(scenario, diagnostics);
        new LaneChecks(context).Run(plan);
        new WarehouseChecks(context).Run(plan);
    }
}
