namespace Sim.Models.Flow;

/// <summary>
/// How the orders of one demand stream (origin, market, product class) are sent, replacing its
/// lane's fulfilment policy: each order draws a route with the given shares, from
/// <see cref="B2b"/> for a B2B order when it is set and from <see cref="B2c"/> otherwise. A warehouse
/// route that finds no stock does what its stock policy says (backorder or fall back). Immutable.
/// </summary>
public sealed record StreamRouting
{
    /// <summary>The routes of the stream's B2C orders (of every order when <see cref="B2b"/> is null); at least one, shares summing to 1.</summary>
    public required IReadOnlyList<RoutedShare> B2c { get; init; }

    /// <summary>The routes of its B2B orders; null to route them as <see cref="B2c"/>.</summary>
    public IReadOnlyList<RoutedShare>? B2b { get; init; }
}
