using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.Plans;

/// <summary>
/// A valid hand-written plan for the built-in baseline scenario (loaded once), and edits of it that
/// break one thing at a known line.
/// </summary>
internal static class BaselinePlan
{
    public const string Yaml = """
        # A hand-written plan for the baseline.
        scenario: baseline
        description: Test plan
        lanes:
          - origin: shenzhen
            market: US
            product_class: apparel
            segment: b2c
            shares:
              - {mode: postal, share: 0.5}
              - {mode: dedicated, share: 0.3}
              - {mode: express, share: 0.2}
          - origin: shenzhen
            market: US
            product_class: apparel
            segment: b2b
            shares:
              - {mode: dedicated, share: 1}
          - origin: shenzhen
            market: US
            product_class: electronics
            shares:
              - {mode: owh, warehouse: us-la-warehouse, share: 0.7}
              - {mode: dedicated, share: 0.3}
          - {origin: shenzhen, market: DE, product_class: apparel, shares: [{mode: dedicated, share: 0.6}, {mode: express, share: 0.4}]}
          - {origin: shenzhen, market: DE, product_class: electronics, shares: [{mode: owh, warehouse: de-warehouse, share: 1}]}
          - {origin: shenzhen, market: GB, product_class: apparel, shares: [{mode: dedicated, share: 1}]}
          - {origin: shenzhen, market: GB, product_class: electronics, shares: [{mode: owh, warehouse: gb-warehouse, share: 0.5}, {mode: express, share: 0.5}]}
          - {origin: shenzhen, market: BR, product_class: electronics, shares: [{mode: postal, share: 0.7}, {mode: express, share: 0.3}]}
          - {origin: shenzhen, market: RU, product_class: apparel, shares: [{mode: border-ru, warehouse: manzhouli-warehouse, share: 1}]}
          - {origin: shenzhen, market: RU, product_class: electronics, shares: [{mode: postal, share: 0.6}, {mode: express, share: 0.4}]}
          - {origin: yiwu, market: US, product_class: home, shares: [{mode: owh, warehouse: us-la-warehouse, share: 1}]}
          - {origin: yiwu, market: DE, product_class: home, shares: [{mode: owh, warehouse: de-warehouse, share: 0.8}, {mode: dedicated, share: 0.2}]}
          - {origin: yiwu, market: GB, product_class: home, shares: [{mode: postal, share: 1}]}
          - {origin: yiwu, market: BR, product_class: apparel, shares: [{mode: postal, share: 1}]}
          - {origin: yiwu, market: RU, product_class: apparel, shares: [{mode: border-ru, warehouse: manzhouli-warehouse, share: 0.5}, {mode: postal, share: 0.5}]}
          - {origin: yiwu, market: RU, product_class: home, shares: [{mode: border-ru, warehouse: manzhouli-warehouse, share: 1}]}
          - {origin: de-sellers, market: CN, product_class: cosmetics, shares: [{mode: bonded-cn, warehouse: ningbo-bonded, share: 0.7}, {mode: directmail-cn, share: 0.3}]}
        warehouses:
          - id: us-la-warehouse
            replenishment_mode: sea-us
            policies:
              - {product_class: electronics, kind: min_max, reorder_point: 3000, order_up_to: 6000}
              - {product_class: home, kind: base_stock, order_up_to: 2600, review_period_days: 7}
          - id: de-warehouse
            replenishment_mode: rail-de
            policies:
              - {product_class: electronics, kind: min_max, reorder_point: 1300, order_up_to: 2800}
              - {product_class: home, kind: base_stock, order_up_to: 1600, review_period_days: 7}
          - id: gb-warehouse
            replenishment_mode: air-gb
            policies:
              - {product_class: electronics, kind: min_max, reorder_point: 350, order_up_to: 800, review_period_days: 1}
          - id: manzhouli-warehouse
            replenishment_mode: rail-manzhouli
            policies:
              - {product_class: apparel, kind: min_max, reorder_point: 500, order_up_to: 1200}
              - {product_class: home, kind: base_stock, order_up_to: 400, review_period_days: 3}
          - id: ningbo-bonded
            replenishment_mode: air-bonded
            policies:
              - {product_class: cosmetics, kind: min_max, reorder_point: 450, order_up_to: 1100}
        dedicated_lines:
          - {mode: dedicated, weekly_departures: 3}
        figures:
          cost_per_parcel: 9.5
          mean_days: 7.25
          on_time_probability: 0.91
          markets:
            - {market: US, cost_per_parcel: 8.75, mean_days: 6.5, on_time_probability: 0.93}
            - {market: DE, mean_days: 7}
        """;

    private static readonly Lazy<Scenario> Baseline = new(() => ScenarioLoader.Load(ScenarioLoader.BaselinePath));

    public static Scenario Scenario => Baseline.Value;

    /// <summary>The plan with <paramref name="find"/> (which must occur once) replaced by <paramref name="replace"/>.</summary>
    public static string With(string find, string replace)
    {
        var at = Yaml.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && Yaml.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur once in the plan");
        return Yaml.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>1-based line of the first line of <paramref name="content"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string content, string text)
    {
        var index = Array.FindIndex(content.Split('\n'), l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found");
        return index + 1;
    }
}
