using Sim.Engine.Time;
using Sim.Models.Customs;

namespace Sim.Models.Flow;

/// <summary>A market's duty regimes on the simulation clock: each applies from a tick on. Immutable.</summary>
internal sealed class MarketRules
{
    private readonly long[] _fromTicks;
    private readonly DutyRegime[] _regimes;

    public MarketRules(int index, string code, IReadOnlyList<DutyRegime> regimes, DateOnly startDate)
    {
        Index = index;
        Code = code;
        _regimes = [.. regimes];
        _fromTicks = new long[_regimes.Length];
        for (int i = 0; i < _regimes.Length; i++)
        {
            _fromTicks[i] = (long)(_regimes[i].EffectiveFrom.DayNumber - startDate.DayNumber) * SimDuration.TicksPerDay;
        }
    }

    public int Index { get; }

    public string Code { get; }

    /// <summary>The regime in force at <paramref name="ticks"/> (the first one before any effective date).</summary>
    public DutyRegime RegimeAt(long ticks)
    {
        var chosen = _regimes[0];
        for (int i = 1; i < _regimes.Length; i++)
        {
            if (_fromTicks[i] <= ticks)
            {
                chosen = _regimes[i];
            }
        }

        return chosen;
    }
}
