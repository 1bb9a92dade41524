using Sim.Models.Demand;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Maps the fulfilment policy of every lane (market, product class) and checks that each mode it
/// may choose can serve the lane: a lane in the lanes table for direct modes, a warehouse for
/// warehouse modes. Not thread-safe.
/// </summary>
internal sealed class FulfilmentMapper(FieldReader fields, ScenarioIndex index)
{
    private const double ShareTolerance = 1e-6;

    private ScenarioDiagnostics Diagnostics => fields.Diagnostics;

    public List<LaneFulfilment> MapFulfilment(List<FulfilmentYaml>? list, FieldPath path, List<DemandStreamSpec> demand, List<LaneSpec> lanes)
    {
        var keys = new Dictionary<string, LaneFulfilment>(StringComparer.Ordinal);
        var result = fields.Items(list, path, f => f.Market is null || f.ProductClass is null ? null : $"{f.Market}/{f.ProductClass}",
            (f, p) => MapLaneFulfilment(f, p, demand, lanes), keys, f => $"{f.Market}/{f.ProductClass}", "fulfilment lane", required: true);
        foreach (var lane in index.TablesUsable ? demand.Select(s => (s.Market, s.ProductClass)).Distinct() : [])
        {
            if (!keys.ContainsKey($"{lane.Market}/{lane.ProductClass}"))
            {
                Diagnostics.Add(path, $"no fulfilment policy for lane {lane.Market}/{lane.ProductClass}, which has demand in the demand table");
            }
        }

        return result;
    }

    private LaneFulfilment MapLaneFulfilment(FulfilmentYaml y, FieldPath path, List<DemandStreamSpec> demand, List<LaneSpec> lanes)
    {
        var market = fields.Reference(y.Market, index.Markets, path.Field("market"), "market")?.Code ?? y.Market ?? "";
        var productClass = fields.Reference(y.ProductClass, index.Classes, path.Field("product_class"), "product class")?.Id ?? y.ProductClass ?? "";
        var policyPath = path.Field("policy");
        var policy = MapPolicy(y.Policy, policyPath);
        var origins = demand.Where(s => s.Market == market && s.ProductClass == productClass).Select(s => s.Origin).Distinct().ToList();
        var modeIds = policy.ModeIds.ToList();
        for (var i = 0; i < modeIds.Count; i++)
        {
            if (!index.Modes.TryGetValue(modeIds[i], out var mode))
            {
                continue;
            }

            var modePath = policy switch
            {
                FixedModePolicy => policyPath.Field("mode"),
                SplitSharesPolicy => policyPath.Field("shares").Field(mode.Id),
                _ => policyPath.Field("modes").Item(i, null),
            };
            if (ModeChecks.IsWarehouseMode(mode.Kind))
            {
                var warehouse = index.Warehouses.Values.FirstOrDefault(w => w.FulfilmentMode == mode.Id && w.Market == market);
                if (warehouse is null)
                {
                    Diagnostics.Add(modePath, $"no warehouse serves market {market} by mode '{mode.Id}'");
                }
                else if (policy is not RuleBasedPolicy && !warehouse.Policies.Any(p => p.ProductClass == productClass))
                {
                    Diagnostics.Add(modePath, $"warehouse '{warehouse.Id}' has no stock policy for product class {productClass}");
                }
            }
            else if (ModeChecks.IsDirectMode(mode.Kind))
            {
                if (!index.TablesUsable)
                {
                    continue;
                }

                foreach (var origin in origins.Where(o => !ModeChecks.HasLane(lanes, o, market, mode.Id)))
                {
                    Diagnostics.Add(modePath, $"mode '{mode.Id}' has no lane from {origin} to {market} in the lanes table");
                }
            }
            else
            {
                Diagnostics.Add(modePath, $"mode '{mode.Id}' is a {FieldReader.Snake(mode.Kind.ToString())} mode and cannot serve orders");
            }
        }

        return new LaneFulfilment { Market = market, ProductClass = productClass, Policy = policy };
    }

    private FulfilmentPolicySpec MapPolicy(PolicyYaml? y, FieldPath path)
    {
        if (y is null)
        {
            Diagnostics.Add(path, "required field is missing (e.g. {kind: fixed, mode: express})");
            return new RuleBasedPolicy { Modes = [] };
        }

        var kind = y.Kind?.Trim();
        void Unused(object? value, string name)
        {
            if (value is not null)
            {
                Diagnostics.Add(path.Field(name), $"is not used by a {kind} policy");
            }
        }

        switch (kind)
        {
            case "fixed":
                Unused(y.Shares, "shares");
                Unused(y.Modes, "modes");
                fields.Reference(y.Mode, index.Modes, path.Field("mode"), "mode");
                return new FixedModePolicy { Mode = y.Mode ?? "" };
            case "split":
                Unused(y.Mode, "mode");
                Unused(y.Modes, "modes");
                return MapSplit(y.Shares, path.Field("shares"));
            case "rule_based":
                Unused(y.Mode, "mode");
                Unused(y.Shares, "shares");
                var modes = y.Modes ?? [];
                if (modes.Count == 0)
                {
                    Diagnostics.Add(path.Field("modes"), "at least one candidate mode is required");
                }

                for (var i = 0; i < modes.Count; i++)
                {
                    fields.Reference(modes[i], index.Modes, path.Field("modes").Item(i, null), "mode");
                }

                return new RuleBasedPolicy { Modes = modes.ToArray() };
            default:
                var names = new[] { "fixed", "split", "rule_based" };
                Diagnostics.Add(path.Field("kind"), kind is null
                    ? "required field is missing (one of fixed, split, rule_based)"
                    : $"'{kind}' is not one of fixed, split, rule_based{Suggestions.DidYouMean(kind, names)}");
                return new RuleBasedPolicy { Modes = [] };
        }
    }

    private SplitSharesPolicy MapSplit(Dictionary<string, double>? shares, FieldPath path)
    {
        if (shares is null || shares.Count == 0)
        {
            Diagnostics.Add(path, "at least one mode share is required (e.g. {postal: 0.7, express: 0.3})");
            return new SplitSharesPolicy { Shares = [] };
        }

        var result = new List<ModeShare>();
        foreach (var (mode, share) in shares)
        {
            fields.Reference(mode, index.Modes, path.Field(mode), "mode");
            result.Add(new ModeShare { Mode = mode, Share = fields.Number(share, path.Field(mode), 0, ScenarioRanges.Probability) });
        }

        var sum = result.Sum(s => s.Share);
        if (Math.Abs(sum - 1) > ShareTolerance)
        {
            Diagnostics.Add(path, $"shares sum to {FieldReader.Format(Math.Round(sum, 9))}, not 1");
        }

        return new SplitSharesPolicy { Shares = result };
    }
}
