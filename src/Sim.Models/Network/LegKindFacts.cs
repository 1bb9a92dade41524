namespace Sim.Models.Network;

/// <summary>
/// The only place that says what each <see cref="LegKind"/> implies for the flow model, the route
/// compiler and the scenario loader: which kinds are line-haul, which are customs, which node a leg
/// uses when it names none, and the default KPI bucket of its cost. A new leg kind adds its case
/// here (and, if it behaves in a new way, one station or effect file under <c>Flow/</c>). Stateless
/// and thread-safe.
/// </summary>
public static class LegKindFacts
{
    /// <summary>
    /// True for the line-haul kinds (air, sea, rail, road). A line-haul leg with a timetable waits for
    /// a departure and then travels for its processing time (other timetabled legs are processed first,
    /// then wait); a lane's transit time and distance replace the leg's own; and it never holds its
    /// node's servers, only its own capacity (a 30-hour flight does not occupy an airport's handlers).
    /// </summary>
    /// <param name="kind">The leg kind.</param>
    public static bool IsLinehaul(this LegKind kind) =>
        kind is LegKind.LinehaulAir or LegKind.LinehaulSea or LegKind.LinehaulRail or LegKind.LinehaulRoad;

    /// <summary>True for export and import customs: the leg draws a clearance from its customs profile.</summary>
    /// <param name="kind">The leg kind.</param>
    public static bool IsCustoms(this LegKind kind) => kind is LegKind.ExportCustoms or LegKind.ImportCustoms;

    /// <summary>
    /// True for import customs: duties and taxes are charged under the market's regime, and a leg that
    /// names no customs profile uses the market's import profile (an export customs leg must name one).
    /// </summary>
    /// <param name="kind">The leg kind.</param>
    public static bool IsImportCustoms(this LegKind kind) => kind == LegKind.ImportCustoms;

    /// <summary>
    /// The node a leg of <paramref name="kind"/> uses when it names none: the market's import customs
    /// point for import customs, its last-mile zone for the last mile, the warehouse for warehouse
    /// fulfilment (on a replenishment mode, the warehouse being replenished); null (no node, so no
    /// shared servers) for the other kinds.
    /// </summary>
    /// <param name="kind">The leg kind.</param>
    /// <param name="market">The market of the parcel's route.</param>
    /// <param name="warehouse">The warehouse id of the route, or null.</param>
    /// <returns>A node id, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="market"/> is null.</exception>
    public static string? DefaultNode(this LegKind kind, Market market, string? warehouse)
    {
        ArgumentNullException.ThrowIfNull(market);
        return kind switch
        {
            LegKind.ImportCustoms => market.ImportCustomsNode,
            LegKind.LastMile => market.LastMileZone,
            LegKind.WarehouseFulfilment => warehouse,
            _ => null,
        };
    }

    /// <summary>
    /// The KPI bucket of a leg's cost when the scenario names none: returns on a reverse mode and on a
    /// return leg; transport for pickup, line-haul and last mile; handling otherwise.
    /// </summary>
    /// <param name="kind">The leg kind.</param>
    /// <param name="mode">The kind of the mode the leg belongs to.</param>
    public static CostCategory DefaultCostCategory(this LegKind kind, ModeKind mode) =>
        mode == ModeKind.Reverse || kind == LegKind.ReturnLeg ? CostCategory.Returns
        : kind is LegKind.Pickup or LegKind.LastMile || kind.IsLinehaul() ? CostCategory.Transport
        : CostCategory.Handling;

    /// <summary>
    /// The milestone a leg's end scan records unless the leg names one: pickup the handover, export
    /// customs the export, line-haul the arrival, import customs the release, last mile the delivery;
    /// other kinds none.
    /// </summary>
    /// <param name="kind">The leg kind.</param>
    public static TrackingMilestone DefaultMilestone(this LegKind kind) => kind switch
    {
        LegKind.Pickup => TrackingMilestone.Handover,
        LegKind.ExportCustoms => TrackingMilestone.Export,
        LegKind.LinehaulAir or LegKind.LinehaulSea or LegKind.LinehaulRail or LegKind.LinehaulRoad => TrackingMilestone.Arrival,
        LegKind.ImportCustoms => TrackingMilestone.ImportRelease,
        LegKind.LastMile => TrackingMilestone.Delivered,
        _ => TrackingMilestone.None,
    };

    /// <summary>The milestone of a scan when a parcel starts a leg, unless the leg names one: out for delivery on the last mile; none elsewhere.</summary>
    /// <param name="kind">The leg kind.</param>
    public static TrackingMilestone DefaultStartMilestone(this LegKind kind) =>
        kind == LegKind.LastMile ? TrackingMilestone.OutForDelivery : TrackingMilestone.None;
}
