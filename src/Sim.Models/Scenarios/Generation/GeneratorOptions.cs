namespace Sim.Models.Scenarios.Generation;

/// <summary>
/// The size and seed of a generated scenario (see <see cref="ScenarioGenerator"/>). Immutable.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Most markets a scenario can have (the distinct country codes the generator knows).</summary>
    public const int MaxMarkets = GeneratorCatalogue.MaxMarkets;

    /// <summary>Most product classes (the largest scenario, 40 markets × 20 classes × 120 warehouses, then stays within the loader's 1 MiB).</summary>
    public const int MaxClasses = 20;

    /// <summary>The seven business modes, in the order <see cref="Modes"/> takes them: postal small packet, international express, dedicated line, overseas warehouse, border warehouse, direct-mail import, bonded import.</summary>
    public const int MaxModes = 7;

    /// <summary>Destination markets, 1 to <see cref="MaxMarkets"/>.</summary>
    public required int Markets { get; init; }

    /// <summary>Product classes, 1 to <see cref="MaxClasses"/>.</summary>
    public required int Classes { get; init; }

    /// <summary>Business modes, 1 to 7: the first this many of postal, express, dedicated line, overseas warehouse, border warehouse, direct mail, bonded import.</summary>
    public required int Modes { get; init; }

    /// <summary>Warehouses, 0 up to <see cref="MaxWarehouses"/>: one per (warehouse mode, market), spread over the markets first.</summary>
    public required int Warehouses { get; init; }

    /// <summary>Seed of every random choice; the same options give byte-identical files.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Warehouse modes among the first <see cref="Modes"/> business modes (overseas, border, bonded).</summary>
    public int WarehouseModes => Modes switch
    {
        >= 7 => 3,
        >= 5 => 2,
        >= 4 => 1,
        _ => 0,
    };

    /// <summary>Most warehouses the other sizes allow: one per (warehouse mode, market).</summary>
    public int MaxWarehouses => WarehouseModes * Markets;

    /// <summary>Every problem with the options, one sentence each naming the option; empty when valid.</summary>
    /// <returns>The problems: the property's name and why its value is refused.</returns>
    public IReadOnlyList<(string Option, string Reason)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Markets is < 1 or > MaxMarkets)
        {
            problems.Add((nameof(Markets), $"markets must be 1 to {MaxMarkets}, not {Markets}"));
        }

        if (Classes is < 1 or > MaxClasses)
        {
            problems.Add((nameof(Classes), $"classes must be 1 to {MaxClasses}, not {Classes}"));
        }

        if (Modes is < 1 or > MaxModes)
        {
            problems.Add((nameof(Modes), $"modes must be 1 to {MaxModes}, not {Modes}"));
        }

        if (problems.Count == 0 && (Warehouses < 0 || Warehouses > MaxWarehouses))
        {
            problems.Add((nameof(Warehouses), WarehouseModes == 0
                ? $"warehouses must be 0 with {Modes} mode(s): warehouses need the overseas-warehouse mode, the 4th (use --modes 4 or more)"
                : $"warehouses must be 0 to {MaxWarehouses} (one per warehouse mode and market: {WarehouseModes} × {Markets}), not {Warehouses}"));
        }

        return problems;
    }
}
