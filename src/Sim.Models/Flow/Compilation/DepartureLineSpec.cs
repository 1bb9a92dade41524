using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A timetabled departure line of one (mode, leg, market), shared by the routes of that mode to the
/// market: its timetable, its capacity per departure (parcels, or kg when only a weight limit is set;
/// null for unlimited), and the per-departure cost shared among the orders on each departure.
/// Immutable.
/// </summary>
/// <param name="Key">Its resource key (<c>line=MODE/LEG/MARKET</c>).</param>
/// <param name="Timetable">When it departs.</param>
/// <param name="CapacityParcels">Parcels per departure; null for no parcel limit.</param>
/// <param name="CapacityKg">Kilograms per departure; null for no weight limit.</param>
/// <param name="PerShipment">Cost per departure, shared by the orders on it (scenario currency).</param>
/// <param name="Category">The KPI bucket of that cost.</param>
/// <param name="Group">The KPI group the shared cost is booked to; -1 for none (replenishment and reverse lines).</param>
internal sealed record DepartureLineSpec(GroupKey Key, CompiledTimetable Timetable, int? CapacityParcels, double? CapacityKg, double PerShipment, CostCategory Category, int Group);
