namespace Sim.Models.Planning.NetworkDesign;

/// <summary>The variables of one (stock option, replenishment option, order cycle): chosen (binary), flow (units per day) and containers per shipment per container leg (integer). Immutable.</summary>
/// <param name="StockOption">The stock option's index.</param>
/// <param name="Replenishment">The replenishment option's index within the stock option (and its warehouse's modes).</param>
/// <param name="Costs">The cycle's cost coefficients.</param>
/// <param name="Chosen">Column of the binary y.</param>
/// <param name="Flow">Column of the flow x.</param>
/// <param name="Containers">Columns of the integer container counts, one per container leg.</param>
internal sealed record CycleVariables(int StockOption, int Replenishment, CycleCosts Costs, int Chosen, int Flow, int[] Containers);
