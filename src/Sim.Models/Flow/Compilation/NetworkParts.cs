using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>The parts a <see cref="NetworkBuilder"/> assembled, handed to <see cref="CompiledNetwork"/>. Immutable once built.</summary>
internal sealed class NetworkParts
{
    public required CompiledRoute[] Routes { get; init; }

    public required GroupKey[] Groups { get; init; }

    public required (string Mode, string Market)[] GroupModes { get; init; }

    public required ProductFacts[] Products { get; init; }

    public required MarketRules[] Markets { get; init; }

    public required ServerPoolSpec[] Pools { get; init; }

    public required DailyQuotaSpec[] Quotas { get; init; }

    public required DepartureLineSpec[] Lines { get; init; }

    public required GroupKey[] CustomsPoints { get; init; }

    public required ResourceSlot[] ResourceOrder { get; init; }

    public required CompiledWarehouse[] Warehouses { get; init; }

    public required CompiledStockPoint[] StockPoints { get; init; }

    public required DemandSourceSpec[] Sources { get; init; }

    public required CompiledReturns?[] ReturnsByMarket { get; init; }
}
