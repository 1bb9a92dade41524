using Sim.Engine.Time;

namespace Sim.Models.Customs;

/// <summary>
/// A market's duty regimes over time, on the calendar and on the simulation clock: a regime applies
/// from its <see cref="DutyRegime.EffectiveFrom"/> date until the next regime's date, and the first
/// regime also applies before its own date. The one place that picks the regime in force.
/// Immutable and thread-safe.
/// </summary>
public sealed class DutyRegimeSchedule
{
    private readonly DutyRegime[] _regimes;
    private readonly long[] _fromDay;

    /// <summary>Creates the schedule.</summary>
    /// <param name="regimes">The regimes, at least one, in ascending order of effective date, each date once.</param>
    /// <param name="startDate">The calendar date of simulated time 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regimes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="regimes"/> is empty, holds null, or is not strictly ascending by date.</exception>
    public DutyRegimeSchedule(IReadOnlyList<DutyRegime> regimes, DateOnly startDate)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        if (regimes.Count == 0)
        {
            throw new ArgumentException("A market needs at least one duty regime.", nameof(regimes));
        }

        _regimes = [.. regimes];
        _fromDay = new long[_regimes.Length];
        for (int i = 0; i < _regimes.Length; i++)
        {
            if (_regimes[i] is null)
            {
                throw new ArgumentException("A duty regime is null.", nameof(regimes));
            }

            _fromDay[i] = _regimes[i].EffectiveFrom.DayNumber - startDate.DayNumber;
            if (i > 0 && _fromDay[i] <= _fromDay[i - 1])
            {
                throw new ArgumentException("Duty regimes must be in strictly ascending order of effective date.", nameof(regimes));
            }
        }

        StartDate = startDate;
    }

    /// <summary>
    /// The schedule of the regimes among <paramref name="regimes"/> that apply to goods of
    /// <paramref name="originCountry"/> entering by <paramref name="channel"/> (see
    /// <see cref="DutyRegime.AppliesTo"/>). Of several that apply from the same date, the one listed last
    /// wins, so a regime for one channel or origin listed after a general one of the same date overrides it.
    /// </summary>
    /// <param name="regimes">A market's regimes in ascending (not necessarily strict) order of effective date.</param>
    /// <param name="channel">The channel of the goods.</param>
    /// <param name="originCountry">The country the goods come from (ISO 3166-1 alpha-2).</param>
    /// <param name="startDate">The calendar date of simulated time 0.</param>
    /// <returns>The schedule for those goods.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regimes"/> or <paramref name="originCountry"/> is null.</exception>
    /// <exception cref="ArgumentException">No regime applies to such goods, or the regimes are not in ascending order of date.</exception>
    public static DutyRegimeSchedule For(IReadOnlyList<DutyRegime> regimes, DutyChannel channel, string originCountry, DateOnly startDate)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        ArgumentNullException.ThrowIfNull(originCountry);
        var chosen = new List<DutyRegime>();
        foreach (var regime in regimes)
        {
            ArgumentNullException.ThrowIfNull(regime, nameof(regimes));
            if (!regime.AppliesTo(channel, originCountry))
            {
                continue;
            }

            if (chosen.Count > 0 && chosen[^1].EffectiveFrom == regime.EffectiveFrom)
            {
                chosen[^1] = regime;
            }
            else
            {
                chosen.Add(regime);
            }
        }

        return chosen.Count == 0
            ? throw new ArgumentException($"No duty regime applies to {channel} goods from {originCountry}.", nameof(regimes))
            : new DutyRegimeSchedule(chosen, startDate);
    }

    /// <summary>The calendar date of simulated time 0.</summary>
    public DateOnly StartDate { get; }

    /// <summary>The regimes in ascending order of effective date.</summary>
    public IReadOnlyList<DutyRegime> Regimes => _regimes;

    /// <summary>The regime in force on <paramref name="date"/>.</summary>
    /// <param name="date">A calendar date.</param>
    /// <returns>The last regime whose effective date is on or before <paramref name="date"/>, else the first.</returns>
    public DutyRegime RegimeOn(DateOnly date) => _regimes[IndexOnDay(date.DayNumber - StartDate.DayNumber)];

    /// <summary>The regime in force at simulated time <paramref name="time"/> (its calendar date decides).</summary>
    /// <param name="time">A time on the simulation clock; before 0 it falls on days before the start date.</param>
    /// <returns>The regime in force on the calendar date of <paramref name="time"/>.</returns>
    public DutyRegime RegimeAt(SimTime time) => RegimeAtTicks(time.Ticks);

    /// <summary>As <see cref="RegimeAt"/>, for the flow model's hot path.</summary>
    internal DutyRegime RegimeAtTicks(long ticks) => _regimes[IndexOnDay(Math.DivRem(ticks, SimDuration.TicksPerDay, out long within) - (within < 0 ? 1 : 0))];

    private int IndexOnDay(long day)
    {
        int chosen = 0;
        for (int i = 1; i < _fromDay.Length && _fromDay[i] <= day; i++)
        {
            chosen = i;
        }

        return chosen;
    }
}
