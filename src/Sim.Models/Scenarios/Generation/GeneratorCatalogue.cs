namespace Sim.Models.Scenarios.Generation;

/// <summary>The fixed lists a generated scenario draws its markets and product classes from.</summary>
internal static class GeneratorCatalogue
{
    public const int MaxMarkets = 40;

    /// <summary>ISO 3166-1 alpha-2 codes of destination markets (China is the origin), roughly by e-commerce import volume.</summary>
    public static readonly string[] MarketCodes =
    [
        "US", "DE", "GB", "FR", "BR", "RU", "JP", "KR", "CA", "AU",
        "ES", "IT", "NL", "PL", "MX", "SA", "AE", "IL", "TR", "SE",
        "BE", "AT", "CH", "CZ", "DK", "FI", "NO", "IE", "PT", "GR",
        "HU", "RO", "CL", "CO", "AR", "NZ", "SG", "MY", "TH", "ZA",
    ];

    /// <summary>Product class templates: id, value per unit, kg per unit, m³ per unit, return rate, promise days.</summary>
    public static readonly (string Id, double Value, double WeightKg, double VolumeM3, double ReturnRate, double PromiseDays)[] Classes =
    [
        ("apparel", 25, 0.4, 0.003, 0.30, 15),
        ("electronics", 60, 0.6, 0.002, 0.10, 12),
        ("home", 40, 1.5, 0.010, 0.12, 20),
        ("cosmetics", 45, 0.3, 0.001, 0.05, 10),
        ("toys", 20, 0.7, 0.006, 0.08, 18),
        ("sports", 35, 1.2, 0.008, 0.10, 18),
        ("jewellery", 80, 0.1, 0.0005, 0.15, 12),
        ("books", 15, 0.8, 0.002, 0.03, 25),
        ("auto-parts", 55, 2.5, 0.012, 0.06, 20),
        ("pet-supplies", 30, 1.8, 0.009, 0.05, 18),
    ];
}
