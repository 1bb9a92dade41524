using Sim.Models.Customs;

namespace Sim.Models.Flow.Compilation;

/// <summary>A market as the flow model indexes it: its position, code and duty regimes on the clock. Immutable.</summary>
internal sealed class MarketRules
{
    public MarketRules(int index, string code, DutyRegimeSchedule regimes)
    {
        Index = index;
        Code = code;
        Regimes = regimes;
    }

    public int Index { get; }

    public string Code { get; }

    public DutyRegimeSchedule Regimes { get; }
}
