using Sim.Models.Customs;

namespace Sim.Models.Network;

/// <summary>
/// The only place that says what each <see cref="ModeKind"/> implies: which modes ship orders from
/// warehouse stock, which carry orders from an origin over a lane, which replenish warehouses and
/// which carry returns. Stateless and thread-safe.
/// </summary>
public static class ModeKindFacts
{
    /// <summary>True for the modes that serve orders from a warehouse's stock (overseas, border, bonded import); they need no lane.</summary>
    /// <param name="kind">The mode kind.</param>
    public static bool IsWarehouseMode(this ModeKind kind) =>
        kind is ModeKind.OverseasWarehouse or ModeKind.BorderWarehouse or ModeKind.BondedImport;

    /// <summary>True for the modes that carry each order from its origin, where a lane offers them (postal, express, dedicated line, direct mail).</summary>
    /// <param name="kind">The mode kind.</param>
    public static bool IsDirectMode(this ModeKind kind) =>
        kind is ModeKind.PostalSmallPacket or ModeKind.InternationalExpress or ModeKind.DedicatedLine or ModeKind.DirectMailImport;

    /// <summary>True for the seven business modes, which carry orders and have a KPI group per market: direct or warehouse modes.</summary>
    /// <param name="kind">The mode kind.</param>
    public static bool CarriesOrders(this ModeKind kind) => kind.IsDirectMode() || kind.IsWarehouseMode();

    /// <summary>True for the bulk first legs that carry replenishment shipments (many units each) into a warehouse.</summary>
    /// <param name="kind">The mode kind.</param>
    public static bool IsReplenishment(this ModeKind kind) => kind == ModeKind.Replenishment;

    /// <summary>True for the modes that carry returns back to a warehouse or the origin.</summary>
    /// <param name="kind">The mode kind.</param>
    public static bool IsReverse(this ModeKind kind) => kind == ModeKind.Reverse;

    /// <summary>The channel a mode's goods enter a market by unless the mode names one: postal for postal small packets, commercial for replenishment, express otherwise.</summary>
    /// <param name="kind">The mode kind.</param>
    public static DutyChannel DefaultDutyChannel(this ModeKind kind) => kind switch
    {
        ModeKind.PostalSmallPacket => DutyChannel.Postal,
        ModeKind.Replenishment => DutyChannel.Commercial,
        _ => DutyChannel.Express,
    };
}
