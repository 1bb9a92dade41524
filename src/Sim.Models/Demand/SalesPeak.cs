namespace Sim.Models.Demand;

/// <summary>
/// A sales event that multiplies the order rate on the days <see cref="From"/> to <see cref="To"/>
/// inclusive, in <see cref="Markets"/> (empty: all). Overlapping peaks multiply. Key: <see cref="Name"/>. Immutable.
/// </summary>
public sealed record SalesPeak
{
    /// <summary>Unique name (e.g. <c>singles-day</c>).</summary>
    public required string Name { get; init; }

    /// <summary>First day of the peak.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day of the peak, on or after <see cref="From"/>.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Rate multiplier, positive (2.5 = two and a half times the usual rate).</summary>
    public required double Multiplier { get; init; }

    /// <summary>Market codes the peak applies to; empty means every market.</summary>
    public IReadOnlyList<string> Markets { get; init; } = [];
}
