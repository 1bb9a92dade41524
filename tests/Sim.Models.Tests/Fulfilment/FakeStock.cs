using Sim.Engine.Randomness;
using Sim.Models.Fulfilment;

namespace Sim.Models.Tests.Fulfilment;

internal sealed class FakeStock(params int[] onHand) : IStockAvailability
{
    public bool HasStock(int stockPoint, int units) => onHand[stockPoint] >= units;
}
