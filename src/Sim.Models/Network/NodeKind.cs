namespace Sim.Models.Network;

/// <summary>What a network node is. Warehouses are nodes too; their stock rules are in <see cref="Inventory.Warehouse"/>.</summary>
public enum NodeKind
{
    /// <summary>Where sellers are (e.g. Shenzhen); orders start here.</summary>
    OriginRegion,

    /// <summary>A first-mile hub collecting parcels from sellers.</summary>
    CollectionHub,

    /// <summary>A hub sorting and consolidating parcels into dispatches.</summary>
    ConsolidationHub,

    /// <summary>An airport, seaport, rail terminal or postal exchange office; see <see cref="GatewayKind"/>.</summary>
    ExportGateway,

    /// <summary>A destination market's import customs point.</summary>
    ImportCustomsPoint,

    /// <summary>A destination market's last-mile delivery zone.</summary>
    LastMileZone,

    /// <summary>A warehouse inside a destination market.</summary>
    OverseasWarehouse,

    /// <summary>A warehouse near a border, in the origin country or a neighbouring third country.</summary>
    BorderWarehouse,

    /// <summary>A bonded warehouse in the importing country (China, for imports), goods not yet cleared.</summary>
    BondedWarehouse,
}
