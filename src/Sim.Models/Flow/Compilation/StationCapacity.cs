using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// How much a leg's station can pass per day, for planning: the routes whose legs share a
/// <see cref="Key"/> share the capacity. A server pool offers <see cref="ServerHoursPerDay"/> (a parcel
/// uses the leg's mean processing time of it); a daily quota offers <see cref="ParcelsPerDay"/>; a
/// timetabled line offers <see cref="ParcelsPerDay"/> and/or <see cref="KgPerDay"/> (its capacity per
/// departure times its departures per day, averaged over the timetable's cycle). A limit that does
/// not apply is null. Immutable.
/// </summary>
/// <param name="Key">The station's resource key (<c>servers=NODE</c>, <c>servers=MODE/LEG</c>, <c>quota=MODE/LEG</c> or <c>line=MODE/LEG/MARKET</c>), as in the KPIs.</param>
/// <param name="Kind">The kind of station.</param>
/// <param name="ParcelsPerDay">Parcels per day (quota; line with a parcel limit); null when unlimited.</param>
/// <param name="KgPerDay">Kilograms per day (line with a weight limit); null when unlimited.</param>
/// <param name="ServerHoursPerDay">Server-hours per day (pool: servers × 24); null for other kinds.</param>
public sealed record StationCapacity(GroupKey Key, StationKind Kind, double? ParcelsPerDay, double? KgPerDay, double? ServerHoursPerDay);
