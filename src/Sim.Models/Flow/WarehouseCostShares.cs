using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// Shares each warehouse's costs of each report period (its cost sink: replenishment shipments,
/// holding, overflow, fixed cost, and the goods value and emissions of its shipments) out among the
/// groups of the markets it serves in that period, in proportion to the orders each served from its
/// stock then; to the home market's group when none did. A warehouse serving one market books
/// everything to its group. Stateless.
/// </summary>
internal static class WarehouseCostShares
{
    public static void Distribute(CompiledNetwork network, GroupLayout layout, ParcelGroupKpis[] groups)
    {
        for (int w = 0; w < network.Warehouses.Length; w++)
        {
            var served = network.Warehouses[w].ServedGroups;
            for (int p = 0; p < layout.Periods; p++)
            {
                var sink = groups[layout.Sink(w, p)];
                double orders = served.Sum(g => (double)groups[layout.OrderGroup(g, p)].FromStock);
                for (int k = 0; k < served.Length; k++)
                {
                    double share = orders > 0 ? groups[layout.OrderGroup(served[k], p)].FromStock / orders : k == 0 ? 1 : 0;
                    if (share > 0)
                    {
                        groups[layout.OrderGroup(served[k], p)].AddShareOf(sink, share);
                    }
                }
            }
        }
    }
}
