using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Generation;

/// <summary>
/// The route templates of a generated scenario, modelled on the baseline's: the seven business modes,
/// the bulk first legs that replenish warehouses (sea, rail and air into a market; domestic rail to a
/// border warehouse) and the reverse route for returns. Node and customs-profile ids are those of
/// <see cref="ScenarioGenerator"/>.
/// </summary>
internal static class GeneratedModes
{
    /// <summary>The business modes in the order <see cref="GeneratorOptions.Modes"/> takes them: id, kind, direct (true) or warehouse mode.</summary>
    public static readonly (string Id, string Kind, bool Direct)[] Business =
    [
        ("postal", "postal_small_packet", true),
        ("express", "international_express", true),
        ("dedicated", "dedicated_line", true),
        ("owh", "overseas_warehouse", false),
        ("border", "border_warehouse", false),
        ("directmail", "direct_mail_import", true),
        ("bonded", "bonded_import", false),
    ];

    /// <summary>Replenishment modes into a market, with the mean transit in days their lane draws around.</summary>
    public static readonly string[] International = ["sea", "rail", "air"];

    public const string DomesticRail = "domestic-rail";

    public const string ReturnToOrigin = "return-origin";

    /// <summary>Every leg that ends at the customer, whose cost the rate-card table varies by market.</summary>
    public const string LastMileLeg = "last-mile";

    public static ModeYaml Create(string id) => id switch
    {
        "postal" => Mode(id, "postal_small_packet", [
            Leg("pickup", "pickup", LogNormal(24, 0.5, "hours"), cost: new() { PerParcel = 0.2 }),
            Leg("exchange", "hub_processing", LogNormal(12, 0.5, "hours"), node: "cn-postal-exchange", cost: new() { PerParcel = 0.3 }),
            Customs("export-customs", "export_customs", "cn-postal-exchange", "cn-export-postal"),
            Linehaul("linehaul", "linehaul_air", "cn-postal-exchange", LogNormal(5, 0.4, "days"), new() { DepartureHours = [22], Weekdays = ["monday", "wednesday", "friday"], CutoffHours = 6 },
                new() { PerParcel = 1.0, PerKg = 3.0 }, loss: 0.01),
            Customs("import-customs", "import_customs", null, null),
            Leg(LastMileLeg, "last_mile", LogNormal(4, 0.4, "days"), cost: new() { PerParcel = 2.5, PerKg = 3.0 }, loss: 0.005),
        ], maxWeightKg: 2, maxValue: 400),
        "express" => Mode(id, "international_express", [
            Leg("pickup", "pickup", LogNormal(6, 0.5, "hours"), cost: new() { PerParcel = 1.0 }),
            Leg("hub", "hub_processing", LogNormal(2, 0.5, "minutes"), node: "szx-airport", cost: new() { PerParcel = 1.0 }),
            Customs("export-customs", "export_customs", "szx-airport", "cn-export-9610"),
            Linehaul("linehaul", "linehaul_air", "szx-airport", LogNormal(30, 0.3, "hours"), new() { EveryHours = 8, FirstDepartureHour = 2, CutoffHours = 2 },
                new() { PerParcel = 18, PerKg = 12 }, loss: 0.0005),
            Customs("import-customs", "import_customs", null, null),
            Leg(LastMileLeg, "last_mile", LogNormal(1.5, 0.4, "days"), cost: new() { PerParcel = 3.0 }, loss: 0.0005),
        ]),
        "dedicated" => Mode(id, "dedicated_line", [
            Leg("pickup", "pickup", LogNormal(12, 0.5, "hours"), cost: new() { PerParcel = 0.5 }),
            Leg("consolidation", "hub_processing", LogNormal(12, 0.5, "hours"), node: "szx-consolidation", cost: new() { PerParcel = 0.8 }),
            Customs("export-customs", "export_customs", "szx-airport", "cn-export-9610"),
            Linehaul("linehaul", "linehaul_air", "szx-airport", LogNormal(2, 0.3, "days"), new() { DepartureHours = [23], Weekdays = ["tuesday", "thursday", "saturday"], CutoffHours = 6 },
                new() { PerParcel = 8, PerKg = 8 }, loss: 0.003),
            Customs("import-customs", "import_customs", null, null),
            Leg(LastMileLeg, "last_mile", LogNormal(3, 0.4, "days"), cost: new() { PerParcel = 3.0 }, loss: 0.002),
        ]),
        "owh" => Mode(id, "overseas_warehouse", [
            Leg("pick-pack", "warehouse_fulfilment", LogNormal(10, 0.5, "minutes"), cost: new() { PerParcel = 1.5, PerKg = 0.5 }),
            Leg(LastMileLeg, "last_mile", LogNormal(2.5, 0.4, "days"), cost: new() { PerParcel = 4.0, PerKg = 0.5 }, loss: 0.001),
        ]),
        "border" => Mode(id, "border_warehouse", [
            Leg("pick-pack", "warehouse_fulfilment", LogNormal(10, 0.5, "minutes"), cost: new() { PerParcel = 1.0, PerKg = 0.3 }),
            Customs("export-customs", "export_customs", "border-crossing", "cn-export-9610"),
            Linehaul("border-truck", "linehaul_road", "border-crossing", LogNormal(2, 0.3, "days"), new() { DepartureHours = [10], CutoffHours = 2 },
                new() { PerParcel = 0.8, PerKg = 0.6, PerShipment = 400 }, loss: 0.002),
            Customs("import-customs", "import_customs", null, null),
            Leg(LastMileLeg, "last_mile", LogNormal(5, 0.4, "days"), cost: new() { PerParcel = 2.5, PerKg = 1.0 }, loss: 0.003),
        ]),
        "directmail" => Mode(id, "direct_mail_import", [
            Leg("pickup", "pickup", LogNormal(12, 0.5, "hours"), cost: new() { PerParcel = 1.0 }),
            Customs("export-customs", "export_customs", "szx-airport", "cn-export-9610"),
            Linehaul("linehaul", "linehaul_air", "szx-airport", LogNormal(3, 0.3, "days"), new() { DepartureHours = [20], CutoffHours = 4 },
                new() { PerParcel = 6, PerKg = 9 }, loss: 0.003),
            Customs("import-customs", "import_customs", null, null),
            Leg(LastMileLeg, "last_mile", LogNormal(2.5, 0.4, "days"), cost: new() { PerParcel = 1.5, PerKg = 0.5 }, loss: 0.001),
        ]),
        "bonded" => Mode(id, "bonded_import", [
            Leg("pick-pack", "warehouse_fulfilment", LogNormal(10, 0.5, "minutes"), cost: new() { PerParcel = 1.0, PerKg = 0.3 }),
            Customs("import-customs", "import_customs", null, "bonded-sale", clearance: "per_parcel"),
            Leg(LastMileLeg, "last_mile", LogNormal(2, 0.4, "days"), cost: new() { PerParcel = 1.5, PerKg = 0.5 }, loss: 0.001),
        ]),
        "sea" => Replenishment(id, "yantian-port", "linehaul_sea", LogNormal(20, 0.2, "days"), new() { DepartureHours = [12], Weekdays = ["friday"], CutoffHours = 48 },
            new() { PerContainer = 6000, ContainerCapacityM3 = 67 }),
        "rail" => Replenishment(id, "yiwu-rail", "linehaul_rail", LogNormal(16, 0.15, "days"), new() { DepartureHours = [8], Weekdays = ["wednesday", "saturday"], CutoffHours = 48 },
            new() { PerContainer = 7000, ContainerCapacityM3 = 67 }),
        "air" => Replenishment(id, "szx-airport", "linehaul_air", LogNormal(4, 0.3, "days"), new() { DepartureHours = [1], CutoffHours = 12 }, new() { PerKg = 6.0 }),
        DomesticRail => Mode(id, "replenishment", [
            Linehaul("rail", "linehaul_rail", "yiwu-rail", LogNormal(5, 0.3, "days"), new() { DepartureHours = [8], Weekdays = ["monday", "thursday"], CutoffHours = 24 },
                new() { PerKg = 0.3 }, loss: 0),
            Leg("receiving", "warehouse_fulfilment", LogNormal(1, 0.4, "days"), cost: new() { PerParcel = 0.1 }),
        ]),
        ReturnToOrigin => Mode(id, "reverse", [
            Leg("collection", "return_leg", LogNormal(3, 0.4, "days"), cost: new() { PerParcel = 3.0 }),
            Leg("linehaul", "linehaul_air", LogNormal(10, 0.4, "days"), cost: new() { PerParcel = 4.0, PerKg = 4.0 }, loss: 0.01),
            Leg("delivery", "return_leg", LogNormal(3, 0.4, "days"), cost: new() { PerParcel = 1.0 }),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no such generated mode"),
    };

    private static ModeYaml Replenishment(string id, string gateway, string kind, DistributionYaml transit, TimetableYaml timetable, CostYaml cost) =>
        Mode(id, "replenishment", [
            Customs("export-customs", "export_customs", gateway, "cn-export-9810", clearance: "bulk"),
            Linehaul("linehaul", kind, gateway, transit, timetable, cost, loss: 0.0005),
            Customs("import-customs", "import_customs", null, "import-bulk", clearance: "bulk"),
            Leg("truck", "linehaul_road", LogNormal(1.5, 0.4, "days"), cost: new() { PerShipment = 600 }),
            Leg("receiving", "warehouse_fulfilment", LogNormal(1, 0.4, "days"), cost: new() { PerParcel = 0.2 }),
        ]);

    private static ModeYaml Mode(string id, string kind, List<LegYaml> legs, double? maxWeightKg = null, double? maxValue = null) =>
        new() { Id = id, Kind = kind, MaxWeightKg = maxWeightKg, MaxValue = maxValue, Legs = legs };

    private static LegYaml Leg(string id, string kind, DistributionYaml time, string? node = null, CostYaml? cost = null, double loss = 0) =>
        new() { Id = id, Kind = kind, Node = node, ProcessingTime = time, Cost = cost, LossProbability = loss > 0 ? loss : null };

    private static LegYaml Linehaul(string id, string kind, string node, DistributionYaml transit, TimetableYaml timetable, CostYaml cost, double loss)
    {
        var leg = Leg(id, kind, transit, node, cost, loss);
        leg.Timetable = timetable;
        return leg;
    }

    private static LegYaml Customs(string id, string kind, string? node, string? profile, string? clearance = null) =>
        new() { Id = id, Kind = kind, Node = node, CustomsProfile = profile, Clearance = clearance, ProcessingTime = new() { Kind = "constant", Mean = 0 } };

    private static DistributionYaml LogNormal(double mean, double cv, string unit) => new() { Kind = "lognormal", Mean = mean, Cv = cv, Unit = unit };
}
