namespace Sim.Models.Inventory;

/// <summary>Builds the runtime <see cref="IReorderRule"/> of a scenario's <see cref="StockPolicy"/>. Stateless.</summary>
public static class ReorderRules
{
    /// <summary>The rule <paramref name="policy"/> describes.</summary>
    /// <param name="policy">A stock policy.</param>
    /// <returns>A <see cref="MinMaxRule"/> or a <see cref="BaseStockRule"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static IReorderRule For(StockPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Kind == StockPolicyKind.BaseStock
            ? new BaseStockRule(policy.OrderUpTo, policy.ReviewPeriodDays)
            : new MinMaxRule(policy.ReorderPoint, policy.OrderUpTo, policy.ReviewPeriodDays);
    }
}
