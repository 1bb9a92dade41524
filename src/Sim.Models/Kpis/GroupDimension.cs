namespace Sim.Models.Kpis;

/// <summary>
/// One dimension of a <see cref="GroupKey"/>. The declaration order is the order of the dimensions in
/// a key's text form (<c>mode=express;market=US</c>, <c>warehouse=de-warehouse;product=home</c>); the
/// text name of each is its name in lower case.
/// </summary>
public enum GroupDimension
{
    /// <summary>A mode id (<c>mode=express</c>).</summary>
    Mode,

    /// <summary>A market code (<c>market=US</c>).</summary>
    Market,

    /// <summary>A warehouse id (<c>warehouse=us-la-warehouse</c>).</summary>
    Warehouse,

    /// <summary>A product class id (<c>product=home</c>).</summary>
    Product,

    /// <summary>A server pool: a node id, or MODE/LEG for a leg's own servers (<c>servers=szx-airport</c>).</summary>
    Servers,

    /// <summary>A daily-throughput leg as MODE/LEG (<c>quota=postal/exchange</c>).</summary>
    Quota,

    /// <summary>A timetabled departure line as MODE/LEG/MARKET (<c>line=postal/linehaul/US</c>).</summary>
    Line,

    /// <summary>A customs point: a node id, or the customs profile id when the leg has no node (<c>customs=us-customs</c>).</summary>
    Customs,
}
