namespace Sim.Models.Tests.Scenarios;

/// <summary>
/// A small valid scenario written to a fresh temporary folder, optionally edited first, so that a
/// test can break exactly one thing and know the line it broke. Deletes the folder on dispose.
/// </summary>
internal sealed class ScenarioFiles : IDisposable
{
    public const string Yaml = """
        name: minimal
        currency: USD
        start_date: 2025-04-01
        horizon_days: 30
        tables:
          lanes: tables/lanes.csv
          demand: tables/demand.csv
        nodes:
          - {id: shenzhen, kind: origin_region, country: CN}
          - {id: szx-airport, kind: export_gateway, gateway: airport, country: CN, servers: 2}
          - {id: us-customs, kind: import_customs_point, country: US}
          - {id: us-last-mile, kind: last_mile_zone, country: US}
          - {id: us-warehouse, kind: overseas_warehouse, country: US}
        customs_profiles:
          - id: cn-export
            declaration_time: {kind: lognormal, mean: 4, cv: 0.5, unit: hours}
          - id: us-import
            declaration_time: {kind: lognormal, mean: 2, cv: 0.4, unit: days}
            inspection_probability: 0.06
            inspection_delay: {kind: triangular, min: 1, mode: 2, max: 5, unit: days}
        markets:
          - code: US
            import_customs_node: us-customs
            last_mile_zone: us-last-mile
            import_customs_profile: us-import
            duty_regimes:
              - {effective_from: 2016-03-10, de_minimis: 800, duty_rate: 0.3}
              - {effective_from: 2025-05-02, de_minimis: 0, duty_rate: 0.3, per_parcel_fee: 2.5}
        product_classes:
          - {id: apparel, value: 25, weight_kg: 0.4, volume_m3: 0.003, return_rate: 0.3, promise_days: 15}
        modes:
          - id: postal
            kind: postal_small_packet
            legs:
              - {id: export-customs, kind: export_customs, node: szx-airport, customs_profile: cn-export, processing_time: {kind: constant, mean: 0}}
              - id: linehaul
                kind: linehaul_air
                node: szx-airport
                processing_time: {kind: lognormal, mean: 5, cv: 0.4, unit: days}
                timetable: {departure_hours: [22], weekdays: [monday, friday], cutoff_hours: 6}
                cost: {per_parcel: 1.0, per_kg: 3.0}
                loss_probability: 0.01
              - {id: import-customs, kind: import_customs, processing_time: {kind: constant, mean: 0}}
              - {id: last-mile, kind: last_mile, processing_time: {kind: exponential, mean: 4, unit: days}}
          - id: express
            kind: international_express
            legs:
              - {id: linehaul, kind: linehaul_air, node: szx-airport, processing_time: {kind: gamma, mean: 30, cv: 0.3}}
              - {id: last-mile, kind: last_mile, processing_time: {kind: uniform, min: 1, max: 2, unit: days}}
          - id: owh
            kind: overseas_warehouse
            legs:
              - {id: pick-pack, kind: warehouse_fulfilment, processing_time: {kind: constant, mean: 10, unit: minutes}}
              - {id: last-mile, kind: last_mile, processing_time: {kind: normal, mean: 2, cv: 0.3, unit: days}}
          - id: sea
            kind: replenishment
            legs:
              - {id: ocean, kind: linehaul_sea, processing_time: {kind: constant, mean: 20, unit: days}, cost: {per_container: 6000}}
          - id: return-origin
            kind: reverse
            legs:
              - {id: back, kind: return_leg, processing_time: {kind: constant, mean: 10, unit: days}}
        warehouses:
          - id: us-warehouse
            kind: overseas
            market: US
            fulfilment_mode: owh
            replenishment_mode: sea
            replenishment_origin: shenzhen
            policies:
              - {product_class: apparel, kind: min_max, reorder_point: 100, order_up_to: 300, initial_stock: 200, on_stock_out: fallback_to_mode, fallback_mode: express}
        fulfilment:
          - {market: US, product_class: apparel, policy: {kind: split, shares: {postal: 0.5, express: 0.2, owh: 0.3}}}
        returns:
          - {market: US, share_to_warehouse: 0, origin_reverse_mode: return-origin}
        """;

    public const string Lanes = """
        origin,market,mode,distance_km,linehaul_mean_days,linehaul_cv
        shenzhen,US,postal,11500,5,0.4
        shenzhen,US,express,11500,,
        """;

    public const string Demand = """
        # a comment line before the header
        origin,market,product_class,orders_per_day,b2b_share,b2b_units_per_order
        shenzhen,US,apparel,100,0.02,20
        """;

    private ScenarioFiles(string yaml, string? lanes, string? demand)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "tables"));
        File.WriteAllText(YamlPath, yaml);
        if (lanes is not null)
        {
            File.WriteAllText(Path.Combine(Folder, "tables", "lanes.csv"), lanes);
        }

        if (demand is not null)
        {
            File.WriteAllText(Path.Combine(Folder, "tables", "demand.csv"), demand);
        }
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "sim-scenario-tests", Guid.NewGuid().ToString("N"));

    public string YamlPath => Path.Combine(Folder, "scenario.yaml");

    /// <summary>The minimal scenario with <paramref name="find"/> replaced by <paramref name="replace"/> (which must occur).</summary>
    public static ScenarioFiles With(string find = "", string replace = "", string? lanes = Lanes, string? demand = Demand)
    {
        if (find.Length > 0 && !Yaml.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{find}' is not in the minimal scenario", nameof(find));
        }

        return new ScenarioFiles(find.Length == 0 ? Yaml : Yaml.Replace(find, replace, StringComparison.Ordinal), lanes, demand);
    }

    /// <summary>The minimal scenario with each find text replaced (each must occur), in order.</summary>
    public static ScenarioFiles Edited(params (string Find, string Replace)[] edits)
    {
        var yaml = Yaml;
        foreach (var (find, replace) in edits)
        {
            if (!yaml.Contains(find, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{find}' is not in the scenario being edited", nameof(edits));
            }

            yaml = yaml.Replace(find, replace, StringComparison.Ordinal);
        }

        return new ScenarioFiles(yaml, Lanes, Demand);
    }

    /// <summary>1-based line of the first line of the minimal scenario containing <paramref name="text"/>.</summary>
    public static int LineOf(string text) => LineIn(Yaml, text);

    public static int LineIn(string content, string text)
    {
        var lines = content.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found");
        return index + 1;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
