using Sim.Models.Planning.Plans.Yaml;
using Sim.Models.Scenarios.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// How the items of a plan's lists are named in error paths, the same whether the item is a parsed
/// YAML node, a DTO or a record: a lane by <c>origin/market/product_class</c> (plus <c>/b2c</c> or
/// <c>/b2b</c>), a share by its warehouse or else its mode, a warehouse by its id, a policy by its
/// product class, a dedicated line by its mode, market figures by the market. E.g.
/// <c>lanes[shenzhen/US/apparel].shares[owh-us].share</c>.
/// </summary>
internal static class PlanPaths
{
    public static string? KeyOf(YamlMappingNode item)
    {
        string? Scalar(string name) =>
            item.Children.TryGetValue(new YamlScalarNode(name), out var v) && v is YamlScalarNode s ? s.Value : null;

        return Key(Scalar("origin"), Scalar("market"), Scalar("product_class"), Scalar("segment"), Scalar("id"), Scalar("warehouse"), Scalar("mode"));
    }

    public static string? KeyOf(object item) => item switch
    {
        PlanLaneYaml l => Key(l.Origin, l.Market, l.ProductClass, l.Segment, null, null, null),
        PlanShareYaml s => s.Warehouse ?? s.Mode,
        PlanWarehouseYaml w => w.Id,
        PlanPolicyYaml p => p.ProductClass,
        PlanDedicatedLineYaml d => d.Mode,
        PlanMarketFiguresYaml m => m.Market,
        LanePlan l => l.Key,
        RouteShare s => s.Warehouse ?? s.Mode,
        WarehousePlan w => w.Id,
        PlannedStockPolicy p => p.ProductClass,
        DedicatedLinePlan d => d.Mode,
        MarketFigures m => m.Market,
        _ => null,
    };

    /// <summary>The display path of the node of <paramref name="root"/> that starts at <paramref name="mark"/>, or empty.</summary>
    public static string DisplayAt(YamlNode root, Mark mark)
    {
        string? Walk(YamlNode node, FieldPath path)
        {
            if (node.Start.Line == mark.Line && node.Start.Column == mark.Column)
            {
                return path.Display;
            }

            return node switch
            {
                YamlMappingNode mapping => mapping.Children
                    .Select(c => Walk(c.Value, path.Field(c.Key is YamlScalarNode s ? s.Value ?? "" : "?")))
                    .FirstOrDefault(d => d is not null),
                YamlSequenceNode sequence => sequence.Children
                    .Select((item, i) => Walk(item, path.Item(i, item is YamlMappingNode m ? KeyOf(m) : null)))
                    .FirstOrDefault(d => d is not null),
                _ => null,
            };
        }

        return Walk(root, FieldPath.Root) ?? "";
    }

    private static string? Key(string? origin, string? market, string? productClass, string? segment, string? id, string? warehouse, string? mode)
    {
        if (origin is not null && market is not null && productClass is not null)
        {
            return segment is null or "all" ? $"{origin}/{market}/{productClass}" : $"{origin}/{market}/{productClass}/{segment}";
        }

        return id ?? warehouse ?? (productClass ?? market ?? mode);
    }
}
