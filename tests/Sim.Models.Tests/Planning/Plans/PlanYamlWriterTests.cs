using Sim.Models.Inventory;
using Sim.Models.Planning.Plans;
using YamlDotNet.RepresentationModel;

namespace Sim.Models.Tests.Planning.Plans;

public sealed class PlanYamlWriterTests
{
    private static readonly Plan Small = new()
    {
        Scenario = "tiny",
        Lanes =
        [
            new LanePlan
            {
                Origin = "shenzhen",
                Market = "US",
                ProductClass = "apparel",
                Shares = [new RouteShare { Mode = "postal", Share = 0.25 }, new RouteShare { Mode = "owh", Warehouse = "us-wh", Share = 0.75 }],
            },
        ],
        Warehouses =
        [
            new WarehousePlan
            {
                Id = "us-wh",
                ReplenishmentMode = "sea",
                Policies = [new PlannedStockPolicy { ProductClass = "apparel", Kind = StockPolicyKind.MinMax, ReorderPoint = 12, OrderUpTo = 40 }],
            },
        ],
    };

    [Fact]
    public void ToYaml_SmallPlan_OneLinePerShareAndPolicyInBlocks()
    {
        var yaml = PlanYamlWriter.ToYaml(Small);

        var body = yaml.Split('\n').Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(
            [
                "scenario: tiny",
                "lanes:",
                "  - origin: shenzhen",
                "    market: US",
                "    product_class: apparel",
                "    shares:",
                "      - {mode: postal, share: 0.25}",
                "      - {mode: owh, warehouse: us-wh, share: 0.75}",
                "warehouses:",
                "  - id: us-wh",
                "    replenishment_mode: sea",
                "    policies:",
                "      - {product_class: apparel, kind: min_max, reorder_point: 12, order_up_to: 40}",
                "",
            ],
            body);
    }

    [Fact]
    public void ToYaml_TextThatYamlWouldMisread_ReadsBackAsTheSameText()
    {
        string[] texts = ["123", "true", "null", "~", "a: b", "x # y", "[list]", "{map}", " padded ", "line\nbreak", "-dash", "'quote", "ümlaut"];
        var plan = Small with
        {
            Lanes = texts.Select(t => Small.Lanes[0] with { Origin = t, Shares = [new RouteShare { Mode = t, Warehouse = t, Share = 1e-7 }] }).ToValueList(),
        };

        var yaml = PlanYamlWriter.ToYaml(plan);

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var lanes = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["lanes"];
        for (var i = 0; i < texts.Length; i++)
        {
            var lane = (YamlMappingNode)lanes[i];
            var share = (YamlMappingNode)((YamlSequenceNode)lane["shares"])[0];
            Assert.Equal(texts[i], ((YamlScalarNode)lane["origin"]).Value);
            Assert.Equal(texts[i], ((YamlScalarNode)share["warehouse"]).Value);
            Assert.Equal(1e-7, double.Parse(((YamlScalarNode)share["share"]).Value!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void ToYaml_SamePlan_SameBytes()
    {
        Assert.Equal(PlanYamlWriter.ToYaml(Small), PlanYamlWriter.ToYaml(Small with { Lanes = Small.Lanes.ToValueList() }));
    }
}
