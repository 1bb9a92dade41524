using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>A leg's daily throughput quota. Immutable.</summary>
/// <param name="Key">Its resource key (<c>quota=MODE/LEG</c>).</param>
/// <param name="PerDay">Parcels per day, positive (whole parcels are booked: at least one a day).</param>
internal sealed record DailyQuotaSpec(GroupKey Key, double PerDay);
