namespace Sim.Models.Fulfilment;

/// <summary>Tells a fulfilment policy whether a stock point can serve an order now.</summary>
public interface IStockAvailability
{
    /// <summary>True when <paramref name="stockPoint"/> has <paramref name="units"/> on hand and nobody waiting ahead.</summary>
    /// <param name="stockPoint">The stock point index of a <see cref="FulfilmentOption"/>.</param>
    /// <param name="units">Units wanted.</param>
    bool HasStock(int stockPoint, int units);
}
