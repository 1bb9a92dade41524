namespace Sim.Models.Flow.Compilation;

/// <summary>A market as the flow model indexes it: its position and code. Its duty regimes are compiled per channel and origin (<see cref="CustomsCatalogue"/>). Immutable.</summary>
internal sealed class MarketRules
{
    public MarketRules(int index, string code)
    {
        Index = index;
        Code = code;
    }

    public int Index { get; }

    public string Code { get; }
}
