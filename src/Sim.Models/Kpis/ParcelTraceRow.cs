namespace Sim.Models.Kpis;

/// <summary>
/// The milestone times of one sampled order (<c>sim run --trace-sample</c>): when each milestone was
/// scanned and when the scan became visible, in hours from the order; NaN for a milestone not scanned.
/// Immutable.
/// </summary>
/// <param name="Replication">The replication index.</param>
/// <param name="Order">The order's index in its replication (0 for the first order placed).</param>
/// <param name="Mode">The mode it travelled by.</param>
/// <param name="Market">The destination market's code.</param>
/// <param name="ProductClass">The product class id.</param>
/// <param name="OrderedDays">When it was ordered, days from the start.</param>
/// <param name="Measured">True when ordered after the warm-up (it counts in the KPIs).</param>
/// <param name="Outcome"><c>delivered</c>, <c>lost</c>, <c>seized</c> or <c>in_flight</c> (at the end of the run).</param>
/// <param name="EndHours">Hours from the order to its delivery, loss or seizure; NaN when in flight.</param>
/// <param name="ScanHours">Per milestone in <see cref="Network.TrackingMilestone"/> order from handover: hours from the order to its scan.</param>
/// <param name="VisibleHours">Per milestone, hours from the order until its scan became visible.</param>
public sealed record ParcelTraceRow(
    int Replication,
    long Order,
    string Mode,
    string Market,
    string ProductClass,
    double OrderedDays,
    bool Measured,
    string Outcome,
    double EndHours,
    IReadOnlyList<double> ScanHours,
    IReadOnlyList<double> VisibleHours);
