namespace Sim.Models.Scenarios.Overrides;

/// <summary>
/// One what-if change to a scenario, <c>PATH=VALUE</c>: a dotted path into the scenario YAML and
/// the YAML text that replaces the value there, applied to the parsed document before it is mapped,
/// so the changed scenario is validated exactly like a file. Immutable.
/// </summary>
/// <remarks>
/// <para>A path is field names joined by dots. A list whose items have an id (or a code, a market,
/// a product class, a market/product-class pair, or a name) is entered by that key
/// (<c>modes.postal.legs.linehaul.loss_probability</c>); any list also by a 0-based index in
/// brackets (<c>markets.US.duty_regimes[1].de_minimis</c>), and keys may be bracketed too
/// (<c>fulfilment[US/apparel].policy.kind</c>), which is the form error messages print.</para>
/// <para>The value is read as YAML: <c>800</c>, <c>fixed</c>, <c>[20, 22]</c> and
/// <c>{kind: constant, mean: 3}</c> are all values. A field the scenario leaves out but the schema
/// knows may be set; list items can only be changed, not added (set the whole list instead).</para>
/// </remarks>
/// <param name="Path">The dotted path, for example <c>markets.US.duty_regimes[1].de_minimis</c>.</param>
/// <param name="Value">The new value as YAML text, for example <c>800</c>.</param>
public sealed record ScenarioOverride(string Path, string Value)
{
    /// <summary>Reads <c>PATH=VALUE</c> (split at the first <c>=</c>; spaces around the path are ignored).</summary>
    /// <param name="text">The override as given on the command line.</param>
    /// <param name="result">The override, or null when <paramref name="text"/> has no <c>=</c> or an empty path.</param>
    /// <returns>True when <paramref name="text"/> has the form <c>PATH=VALUE</c>.</returns>
    public static bool TryParse(string? text, out ScenarioOverride? result)
    {
        result = null;
        int equals = text?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (text is null || equals <= 0 || text[..equals].Trim().Length == 0)
        {
            return false;
        }

        result = new ScenarioOverride(text[..equals].Trim(), text[(equals + 1)..]);
        return true;
    }

    /// <summary>The override as <c>PATH=VALUE</c>.</summary>
    /// <returns>The text form, which <see cref="TryParse"/> reads back.</returns>
    public override string ToString() => $"{Path}={Value}";
}
