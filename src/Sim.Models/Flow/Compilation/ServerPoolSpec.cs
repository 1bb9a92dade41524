using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>A pool of servers shared by the legs that name it (a node's servers or a leg's own). Immutable.</summary>
/// <param name="Key">Its resource key (<c>servers=NODE</c> or <c>servers=MODE/LEG</c>).</param>
/// <param name="Servers">Parallel servers, one or more.</param>
internal sealed record ServerPoolSpec(GroupKey Key, int Servers);
