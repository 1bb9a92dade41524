using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// The items mapped so far, by id, so that each reference can be checked when it is met; sections
/// are mapped in dependency order. One instance per load; not thread-safe.
/// </summary>
internal sealed class ScenarioIndex
{
    public Dictionary<string, Node> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CustomsProfile> Profiles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ProductClass> Classes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Market> Markets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Mode> Modes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Warehouse> Warehouses { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// False when the lanes or demand table could not be read cleanly: checks that look rows up in
    /// them would then only repeat the table's own errors.
    /// </summary>
    public bool TablesUsable { get; set; } = true;
}
