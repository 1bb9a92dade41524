using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>Where a resource's KPIs come from, in the order resources are reported (the order they were first used in).</summary>
/// <param name="Kind">Servers, a daily quota, a departure line or a customs point.</param>
/// <param name="Index">Its index among the network's resources of that kind.</param>
internal readonly record struct ResourceSlot(ResourceKind Kind, int Index);
