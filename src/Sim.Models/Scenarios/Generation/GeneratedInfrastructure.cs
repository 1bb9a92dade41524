using Sim.Engine.Randomness;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Generation;

/// <summary>The nodes and customs profiles of a generated scenario: the fixed Chinese origins, hubs and gateways, and per market its customs point, last-mile zone and import customs profile.</summary>
internal static class GeneratedInfrastructure
{
    public static List<NodeYaml> Nodes(IEnumerable<string> markets, List<WarehouseYaml> warehouses)
    {
        var nodes = new List<NodeYaml>
        {
            new() { Id = "shenzhen", Name = "Shenzhen sellers", Kind = "origin_region", Country = "CN" },
            new() { Id = "yiwu", Name = "Yiwu sellers", Kind = "origin_region", Country = "CN" },
            new() { Id = "szx-consolidation", Kind = "consolidation_hub", Country = "CN" },
            new() { Id = "cn-postal-exchange", Kind = "export_gateway", Gateway = "postal_exchange", Country = "CN" },
            new() { Id = "szx-airport", Kind = "export_gateway", Gateway = "airport", Country = "CN", Servers = 4 },
            new() { Id = "yantian-port", Kind = "export_gateway", Gateway = "seaport", Country = "CN" },
            new() { Id = "yiwu-rail", Kind = "export_gateway", Gateway = "rail_terminal", Country = "CN" },
            new() { Id = "border-crossing", Kind = "export_gateway", Gateway = "road_crossing", Country = "CN" },
        };
        foreach (var code in markets)
        {
            nodes.Add(new NodeYaml { Id = $"{Lower(code)}-customs", Kind = "import_customs_point", Country = code });
            nodes.Add(new NodeYaml { Id = $"{Lower(code)}-last-mile", Kind = "last_mile_zone", Country = code });
        }

        foreach (var warehouse in warehouses)
        {
            var (kind, country) = warehouse.Kind switch
            {
                "border" => ("border_warehouse", "CN"),
                "bonded" => ("bonded_warehouse", warehouse.Market!),
                _ => ("overseas_warehouse", warehouse.Market!),
            };
            nodes.Add(new NodeYaml { Id = warehouse.Id, Kind = kind, Country = country, Servers = 4 });
        }

        return nodes;
    }

    public static List<CustomsProfileYaml> CustomsProfiles(IEnumerable<string> markets, Func<string, RandomStream> stream)
    {
        var profiles = new List<CustomsProfileYaml>
        {
            Profile("cn-export-postal", 6, "hours", 0.02, 24, "hours"),
            Profile("cn-export-9610", 4, "hours", 0.03, 24, "hours"),
            Profile("cn-export-9810", 24, "hours", 0.04, 48, "hours"),
            Profile("import-bulk", 2, "days", 0.05, 4, "days"),
            Profile("bonded-sale", 3, "hours", 0.02, 24, "hours"),
        };
        foreach (var code in markets)
        {
            var rng = stream($"customs/{code}");
            var profile = Profile($"{Lower(code)}-import", Round(Uniform(rng, 1, 4), 1), "days", Round(Uniform(rng, 0.03, 0.2), 3), Round(Uniform(rng, 2, 7), 1), "days");
            profile.DocumentErrorProbability = Round(Uniform(rng, 0.02, 0.08), 3);
            profile.DocumentErrorDelay = new DistributionYaml { Kind = "lognormal", Mean = Round(Uniform(rng, 3, 6), 1), Cv = 0.3, Unit = "days" };
            profile.SeizureProbability = Round(Uniform(rng, 0, 0.004), 4);
            profiles.Add(profile);
        }

        return profiles;
    }

    private static CustomsProfileYaml Profile(string id, double declaration, string unit, double inspection, double inspectionDelay, string delayUnit) => new()
    {
        Id = id,
        DeclarationTime = new DistributionYaml { Kind = "lognormal", Mean = declaration, Cv = 0.4, Unit = unit },
        InspectionProbability = inspection,
        InspectionDelay = new DistributionYaml { Kind = "lognormal", Mean = inspectionDelay, Cv = 0.5, Unit = delayUnit },
    };

    private static double Uniform(RandomStream rng, double min, double max) => min + ((max - min) * rng.NextDouble());

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static string Lower(string code) => code.ToLowerInvariant();
}
