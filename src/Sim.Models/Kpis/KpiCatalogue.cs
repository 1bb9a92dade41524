namespace Sim.Models.Kpis;

/// <summary>The fixed, ordered lists of KPIs reported for each kind of record.</summary>
internal static class KpiCatalogue
{
    /// <summary>Stands for the scenario's currency code in units; <see cref="KpiSummary"/> replaces it.</summary>
    public const string Currency = "{currency}";

    private const string CurrencyPerParcel = Currency + "/parcel";

    public static IReadOnlyList<KpiDefinition<ParcelGroupKpis>> Parcel { get; } =
    [
        new("orders", "count", g => g.Orders, 0),
        new("delivered", "count", g => g.Delivered, 0),
        new("returned", "count", g => g.Returned, 0),
        new("lost", "count", g => g.Lost, 0),
        new("seized", "count", g => g.Seized, 0),
        new("in_flight_at_end", "count", g => g.InFlightAtEnd, 0),
        new("cost_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.TotalCost)),
        new("cost_transport_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.TransportCost)),
        new("cost_handling_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.HandlingCost)),
        new("cost_duties_taxes_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.DutiesAndTaxes)),
        new("cost_warehousing_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.WarehousingCost)),
        new("cost_returns_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.ReturnsCost)),
        new("goods_value_lost_per_parcel", CurrencyPerParcel, g => PerOrder(g, g.GoodsValueLost)),
        new("delivery_days_mean", "days", g => g.DeliveryDays.Mean),
        new("delivery_days_p50", "days", g => Quantile(g, 0.50)),
        new("delivery_days_p90", "days", g => Quantile(g, 0.90)),
        new("delivery_days_p95", "days", g => Quantile(g, 0.95)),
        new("delivery_days_p99", "days", g => Quantile(g, 0.99)),
        // Out of every order: one lost, seized or still in flight is not on time.
        new("on_time_rate", "share", g => g.Orders == 0 ? double.NaN : (double)g.OnTime / g.Orders),
        new("loss_rate", "share", g => g.Orders == 0 ? double.NaN : (double)g.Lost / g.Orders),
        new("seizure_rate", "share", g => g.Orders == 0 ? double.NaN : (double)g.Seized / g.Orders),
        new("damage_rate", "share", g => g.Arrived == 0 ? double.NaN : (double)g.Damaged / g.Arrived),
        new("return_rate", "share", g => g.Arrived == 0 ? double.NaN : (double)g.Returned / g.Arrived),
        new("return_cycle_days_mean", "days", g => g.ReturnCycleDays.Mean),
        new("from_stock_share", "share", g => g.Orders == 0 ? double.NaN : (double)g.FromStock / g.Orders),
        new("fallback_share", "share", g => g.Orders == 0 ? double.NaN : (double)g.FellBack / g.Orders),
        new("backorder_share", "share", g => g.Orders == 0 ? double.NaN : (double)g.Backordered / g.Orders),
        new("tracked_time_share", "share", g => g.Arrived == 0 ? double.NaN : g.TrackedTimeShareSum / g.Arrived),
        new("fully_tracked_share", "share", g => g.Arrived == 0 ? double.NaN : (double)g.FullyTracked / g.Arrived),
        new("info_gap_hours_mean", "hours", g => g.InformationGapHours.Mean),
        new("info_gap_hours_p95", "hours", g => g.InformationGapHours.Count == 0 ? double.NaN : g.InformationGapHours.Quantile(0.95)),
        new("co2e_kg_per_parcel", "kgCO2e/parcel", g => PerOrder(g, g.Co2eKg)),
    ];

    public static IReadOnlyList<KpiDefinition<WarehouseKpis>> Warehouse { get; } =
    [
        new("demands", "count", w => w.Demands, 0),
        new("fill_rate", "share", w => w.FillRate),
        new("stock_outs", "count", w => w.StockOuts, 0),
        new("average_stock", "units", w => w.AverageStock),
        new("holding_cost", Currency, w => w.HoldingCost, 0),
        new("replenishments", "count", w => w.Replenishments, 0),
        new("units_received", "units", w => w.UnitsReceived, 0),
        new("units_restocked", "units", w => w.UnitsRestocked, 0),
        new("units_refused", "units", w => w.UnitsRefused, 0),
        new("units_written_off", "units", w => w.UnitsWrittenOff, 0),
        new("write_off_cost", Currency, w => w.WriteOffCost, 0),
        new("lead_time_days_mean", "days", w => w.LeadTimeDays.Mean),
        new("lead_time_days_cv", "ratio", w => w.LeadTimeDays.Count < 2 || w.LeadTimeDays.Mean == 0 ? double.NaN : w.LeadTimeDays.StandardDeviation / w.LeadTimeDays.Mean),
        new("lead_time_days_p95", "days", w => w.LeadTimeQuantiles.Count == 0 ? double.NaN : w.LeadTimeQuantiles.Quantile(0.95)),
        new("fixed_cost", Currency, w => w.FixedCost, 0),
        new("overflow_cost", Currency, w => w.OverflowCost, 0),
    ];

    private static readonly IReadOnlyList<KpiDefinition<ResourceKpis>> ServerKpis =
    [
        new("utilisation", "share", r => r.Utilisation),
        new("queue_length_mean", "parcels", r => r.MeanQueueLength),
        new("wait_hours_mean", "hours", r => r.WaitHours.Mean),
    ];

    private static readonly IReadOnlyList<KpiDefinition<ResourceKpis>> ThroughputKpis =
    [
        new("queue_length_mean", "parcels", r => r.MeanQueueLength),
        new("wait_hours_mean", "hours", r => r.WaitHours.Mean),
    ];

    private static readonly IReadOnlyList<KpiDefinition<ResourceKpis>> LineKpis =
    [
        new("load_factor", "share", r => r.LoadFactor.Mean),
        new("queue_length_mean", "parcels", r => r.MeanQueueLength),
        new("wait_hours_mean", "hours", r => r.WaitHours.Mean),
    ];

    private static readonly IReadOnlyList<KpiDefinition<ResourceKpis>> CustomsKpis =
    [
        new("in_clearance_mean", "parcels", r => r.MeanQueueLength),
        new("clearance_hours_mean", "hours", r => r.WaitHours.Mean),
        new("inspection_rate", "share", r => r.WaitHours.Count == 0 ? double.NaN : (double)r.Inspected / r.WaitHours.Count),
    ];

    public static IReadOnlyList<KpiDefinition<ResourceKpis>> Resource(ResourceKind kind) => kind switch
    {
        ResourceKind.Servers => ServerKpis,
        ResourceKind.DailyThroughput => ThroughputKpis,
        ResourceKind.DepartureLine => LineKpis,
        _ => CustomsKpis,
    };

    private static double PerOrder(ParcelGroupKpis group, double total) => group.Orders == 0 ? double.NaN : total / group.Orders;

    private static double Quantile(ParcelGroupKpis group, double q) => group.DeliveryDays.Count == 0 ? double.NaN : group.DeliveryDays.Quantile(q);
}
