using System.Globalization;
using Sim.Engine.Randomness;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Generation;

/// <summary>
/// Builds the YAML document (and fills the tables) of one generated scenario. Each section is made by
/// one method; a new scenario field (say a warehouse's fixed cost) is set in the method of its section.
/// One instance builds one scenario; not thread-safe.
/// </summary>
internal sealed class GeneratedNetwork(GeneratorOptions options, GeneratedTables tables)
{
    private static readonly string[] Origins = ["shenzhen", "yiwu"];
    private static readonly DateOnly StartDate = new(2025, 4, 1);

    private readonly RandomStreams _streams = new(options.Seed);
    private readonly List<(string Code, double Size, double DistanceKm)> _markets = [];
    private readonly List<(string Id, string Origin, double WeightKg, double B2bShare, int B2bUnits)> _classes = [];
    private readonly Dictionary<(string Market, string ProductClass), double> _unitsPerDay = [];

    private IEnumerable<(string Id, string Kind, bool Direct)> BusinessModes => GeneratedModes.Business.Take(options.Modes);

    public ScenarioYaml Build(string name)
    {
        var productClasses = ProductClasses();
        var markets = Markets();
        Demand();
        var warehouses = Warehouses();
        var modes = BusinessModes.Select(m => m.Id).ToList();
        if (warehouses.Count > 0)
        {
            modes.AddRange([.. GeneratedModes.International, GeneratedModes.DomesticRail]);
        }

        modes.Add(GeneratedModes.ReturnToOrigin);
        return new ScenarioYaml
        {
            Name = name,
            Description = $"Generated: {options.Markets} markets, {options.Classes} product classes, {options.Modes} business modes, {options.Warehouses} warehouses, seed {options.Seed}.",
            Currency = "USD",
            StartDate = StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            HorizonDays = 28,
            WarmUpDays = 7,
            Replications = 5,
            Seed = options.Seed,
            Tables = new TablesYaml { Lanes = GeneratedTables.LanesFile, RateCards = GeneratedTables.RateCardsFile, Demand = GeneratedTables.DemandFile },
            Nodes = GeneratedInfrastructure.Nodes(_markets.Select(m => m.Code), warehouses),
            CustomsProfiles = GeneratedInfrastructure.CustomsProfiles(_markets.Select(m => m.Code), Stream),
            Markets = markets,
            ProductClasses = productClasses,
            Modes = modes.Select(GeneratedModes.Create).ToList(),
            Demand = new DemandYaml { WeeklyPattern = [1.10, 1.05, 1.00, 1.00, 0.95, 0.90, 1.00] },
            Warehouses = warehouses,
            Fulfilment = Fulfilment(warehouses),
            Returns = _markets.Select(m => new ReturnYaml { Market = m.Code, OriginReverseMode = GeneratedModes.ReturnToOrigin, HandlingCost = 1.5 }).ToList(),
        };
    }

    private List<ProductClassYaml> ProductClasses()
    {
        var result = new List<ProductClassYaml>();
        for (var i = 0; i < options.Classes; i++)
        {
            var template = GeneratorCatalogue.Classes[i % GeneratorCatalogue.Classes.Length];
            var id = i < GeneratorCatalogue.Classes.Length ? template.Id : $"{template.Id}-{(i / GeneratorCatalogue.Classes.Length) + 1}";
            var rng = Stream($"class/{id}");
            var weight = Round(template.WeightKg * Uniform(rng, 0.8, 1.25), 3);
            var b2b = i % 3 == 0;
            _classes.Add((id, Origins[i % Origins.Length], weight, b2b ? 0.02 : 0, b2b ? 10 : 1));
            result.Add(new ProductClassYaml
            {
                Id = id,
                Value = Round(template.Value * Uniform(rng, 0.8, 1.25), 2),
                WeightKg = weight,
                VolumeM3 = Round(template.VolumeM3 * Uniform(rng, 0.8, 1.25), 5),
                ReturnRate = template.ReturnRate,
                PromiseDays = template.PromiseDays,
            });
        }

        return result;
    }

    private List<MarketYaml> Markets()
    {
        var result = new List<MarketYaml>();
        foreach (var code in GeneratorCatalogue.MarketCodes.Take(options.Markets))
        {
            var rng = Stream($"market/{code}");
            var distance = Round(Uniform(rng, 5000, 18000), 0);
            _markets.Add((code, Round(Uniform(rng, 0.3, 3), 2), distance));
            double[] deMinimis = [0, 150, 220, 800];
            var regimes = new List<DutyRegimeYaml>
            {
                new()
                {
                    EffectiveFrom = "2020-01-01",
                    DeMinimis = deMinimis[rng.Next(deMinimis.Length)],
                    DutyRate = Round(Uniform(rng, 0, 0.25), 2),
                    TaxRate = rng.NextDouble() < 0.3 ? 0 : Round(Uniform(rng, 0.05, 0.25), 2),
                    PerParcelFee = rng.NextDouble() < 0.7 ? 0 : 2.5,
                },
            };
            if (rng.NextDouble() < 0.3)
            {
                // A regime change inside the horizon: the threshold goes and a handling fee comes.
                var from = StartDate.AddDays(rng.Next(7, 21)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                regimes.Add(new DutyRegimeYaml { EffectiveFrom = from, DeMinimis = 0, DutyRate = regimes[0].DutyRate, TaxRate = regimes[0].TaxRate, PerParcelFee = 2 });
            }

            result.Add(new MarketYaml
            {
                Code = code,
                ImportCustomsNode = $"{Lower(code)}-customs",
                LastMileZone = $"{Lower(code)}-last-mile",
                ImportCustomsProfile = $"{Lower(code)}-import",
                DutyRegimes = regimes,
            });
            foreach (var (mode, _, direct) in BusinessModes)
            {
                if (direct)
                {
                    foreach (var origin in Origins)
                    {
                        var (mean, cv) = Transit(mode, distance);
                        tables.AddLane(origin, code, mode, distance, mean, cv);
                    }
                }

                tables.AddRateCard(mode, GeneratedModes.LastMileLeg, code, Round(Uniform(rng, 1.5, 5), 2), Round(Uniform(rng, 0.3, 3.5), 2));
            }
        }

        return result;
    }

    private static (double Mean, double Cv) Transit(string mode, double distanceKm) => mode switch
    {
        "postal" => (Round(3 + (distanceKm / 2500), 2), 0.4),
        "express" => (Round(1 + (distanceKm / 20000), 2), 0.3),
        "dedicated" => (Round(1.5 + (distanceKm / 10000), 2), 0.3),
        _ => (Round(2 + (distanceKm / 10000), 2), 0.3),
    };

    private void Demand()
    {
        foreach (var (code, size, _) in _markets)
        {
            foreach (var (id, origin, _, b2bShare, b2bUnits) in _classes)
            {
                var ordersPerDay = Round(6 * size * Uniform(Stream($"demand/{code}/{id}"), 0.5, 1.5), 1);
                tables.AddDemand(origin, code, id, ordersPerDay, b2bShare, b2bUnits);
                _unitsPerDay[(code, id)] = ordersPerDay * (1 + (b2bShare * (b2bUnits - 1)));
            }
        }
    }

    private List<WarehouseYaml> Warehouses()
    {
        var warehouseModes = BusinessModes.Where(m => !m.Direct).ToList();
        var result = new List<WarehouseYaml>();
        for (var i = 0; i < options.Warehouses; i++)
        {
            var code = _markets[i % _markets.Count].Code;
            var mode = warehouseModes[i / _markets.Count].Id;
            result.Add(Warehouse($"{Lower(code)}-{mode}", code, mode, Stream($"warehouse/{code}/{mode}")));
        }

        return result;
    }

    private WarehouseYaml Warehouse(string id, string market, string mode, RandomStream rng)
    {
        var (kind, replenishment, leadDays) = mode switch
        {
            "border" => ("border", GeneratedModes.DomesticRail, 8.0),
            "bonded" => ("bonded", "air", 8.0),
            _ => ("overseas", GeneratedModes.International[rng.Next(GeneratedModes.International.Length)], 0.0),
        };
        if (leadDays == 0)
        {
            leadDays = replenishment switch { "sea" => 30, "rail" => 25, _ => 8 };
        }

        var policies = new List<StockPolicyYaml>();
        for (var c = 0; c < _classes.Count; c++)
        {
            // Enough for the replenishment lead time plus a week, topped up by three weeks of demand;
            // odd classes use base stock reviewed weekly. Planning will replace these levels.
            var daily = _unitsPerDay[(market, _classes[c].Id)];
            var reorder = Math.Ceiling(daily * (leadDays + 7));
            var upTo = c % 2 == 0 ? reorder + Math.Ceiling(daily * 21) + 1 : Math.Ceiling(daily * (leadDays + 14)) + 1;
            policies.Add(new StockPolicyYaml
            {
                ProductClass = _classes[c].Id,
                Kind = c % 2 == 0 ? "min_max" : "base_stock",
                ReorderPoint = c % 2 == 0 ? reorder : null,
                OrderUpTo = upTo,
                ReviewPeriodDays = c % 2 == 0 ? null : 7,
                InitialStock = upTo,
                OnStockOut = "fallback_to_mode",
                FallbackMode = "express",
            });
        }

        return new WarehouseYaml
        {
            Id = id,
            Kind = kind,
            Market = market,
            FulfilmentMode = mode,
            ReplenishmentMode = replenishment,
            ReplenishmentOrigin = Origins[0],
            HoldingCostPerUnitDay = Round(Uniform(rng, 0.004, 0.02), 3),
            Policies = policies,
        };
    }

    private List<FulfilmentYaml> Fulfilment(List<WarehouseYaml> warehouses)
    {
        // Lanes of a market with a warehouse ship from stock first (rule-based); the others split
        // their orders evenly over the direct modes, so that every kind of route carries parcels.
        var direct = BusinessModes.Where(m => m.Direct).Select(m => m.Id).ToList();
        var result = new List<FulfilmentYaml>();
        foreach (var (code, _, _) in _markets)
        {
            var stock = warehouses.Where(w => w.Market == code).Select(w => w.FulfilmentMode!).ToList();
            foreach (var productClass in _classes)
            {
                var policy = stock.Count > 0
                    ? new PolicyYaml { Kind = "rule_based", Modes = [.. stock, .. direct] }
                    : new PolicyYaml { Kind = "split", Shares = direct.ToDictionary(m => m, _ => 1.0 / direct.Count) };
                result.Add(new FulfilmentYaml { Market = code, ProductClass = productClass.Id, Policy = policy });
            }
        }

        return result;
    }

    private RandomStream Stream(string name) => _streams.CreateStream(0, name);

    private static double Uniform(RandomStream rng, double min, double max) => min + ((max - min) * rng.NextDouble());

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static string Lower(string code) => code.ToLowerInvariant();
}
