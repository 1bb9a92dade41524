using Sim.Models.Network;

namespace Sim.Models.Flow.Compilation;

/// <summary>An amount split by <see cref="CostCategory"/>, in the scenario currency. Immutable.</summary>
/// <param name="Transport">Moving the parcel.</param>
/// <param name="Handling">Hubs, customs legs, pick and pack.</param>
/// <param name="Warehousing">Legs the scenario books as warehousing.</param>
/// <param name="Returns">Reverse legs.</param>
public readonly record struct CostBreakdown(double Transport, double Handling, double Warehousing, double Returns)
{
    /// <summary>The sum of the four categories.</summary>
    public double Total => Transport + Handling + Warehousing + Returns;

    /// <summary>The amount of <paramref name="category"/>.</summary>
    /// <param name="category">A category.</param>
    public double this[CostCategory category] => category switch
    {
        CostCategory.Transport => Transport,
        CostCategory.Handling => Handling,
        CostCategory.Warehousing => Warehousing,
        _ => Returns,
    };

    /// <summary>This breakdown with <paramref name="amount"/> added to <paramref name="category"/>.</summary>
    /// <param name="category">A category.</param>
    /// <param name="amount">The amount to add.</param>
    public CostBreakdown Plus(CostCategory category, double amount) => category switch
    {
        CostCategory.Transport => this with { Transport = Transport + amount },
        CostCategory.Handling => this with { Handling = Handling + amount },
        CostCategory.Warehousing => this with { Warehousing = Warehousing + amount },
        _ => this with { Returns = Returns + amount },
    };
}
