namespace Sim.Models.Planning.NetworkDesign;

/// <summary>The variables of one (stock option, replenishment option, order cycle): chosen (binary), flow (units per day) and containers per shipment per container leg (integer). Immutable.</summary>
/// <param name="StockOption">The stock option's index.</param>
/// <param name="Replenishment">The replenishment option's index within the stock option (and its warehouse's modes).</param>
/// <param name="Costs">The cycle's cost coefficients.</param>
/// <param name="Chosen">Column of the binary y.</param>
/// <param name="Flow">Column of the flow x.</param>
/// <param name="Containers">Columns of the integer container counts, one per volume-priced leg (fixed at 0 on a leg without FCL).</param>
/// <param name="FullLoad">Per volume-priced leg, the column of the binary that picks full containers over LCL; -1 when the leg offers only one.</param>
/// <param name="Lcl">Per volume-priced leg, the column of its LCL cost per day; -1 when the leg offers no LCL.</param>
internal sealed record CycleVariables(int StockOption, int Replenishment, CycleCosts Costs, int Chosen, int Flow, int[] Containers, int[] FullLoad, int[] Lcl);
