using Sim.Engine.Randomness;
using Sim.Models.Fulfilment;

namespace Sim.Models.Tests.Fulfilment;

internal static class Options
{
    public static readonly OrderFacts SmallOrder = new(1, 0.5, 0.002, 25, 15 * 24);

    public static readonly FulfilmentOption Warehouse = new("owh", 0, 0, 60, 5, 0.5, 0, double.PositiveInfinity, double.PositiveInfinity);

    public static readonly FulfilmentOption Dedicated = new("dedicated", 1, -1, 10 * 24, 10, 8, 0, double.PositiveInfinity, double.PositiveInfinity);

    public static readonly FulfilmentOption Postal = new("postal", 2, -1, 18 * 24, 4, 6, 0, 2, 400);

    public static readonly FulfilmentOption Express = new("express", 3, -1, 5 * 24, 25, 12, 0, double.PositiveInfinity, double.PositiveInfinity);
}
