using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// A leg capacity of so many parcels a day: a parcel ready on a day whose quota is used waits for
/// the first later day with room, and starts at that day's beginning. Bookings are arithmetic (no
/// queue, no event), kept in a ring of per-day counts; a parcel may book ahead of one that becomes
/// ready earlier but is booked later, so the quota holds exactly but the order is by booking. Waits
/// are measured for parcels ready within the observation window, and the number waiting over it.
/// Allocates nothing per booking. Not thread-safe.
/// </summary>
internal sealed class DailyQuotaStation
{
    private const int RingDays = 1 << 12;
    private readonly int[] _counts = new int[RingDays];
    private readonly int _perDay;
    private readonly ObservationWindow _window;
    private long _firstDay;

    public DailyQuotaStation(DailyQuotaSpec spec, ObservationWindow window)
    {
        _perDay = Math.Max(1, (int)Math.Floor(spec.PerDay));
        _window = window;
        Kpis = new ResourceKpis(spec.Key, ResourceKind.DailyThroughput, spec.PerDay) { ObservedHours = window.Hours };
    }

    public ResourceKpis Kpis { get; }

    /// <summary>Books a start for a parcel ready at <paramref name="readyTicks"/>; returns when it starts.</summary>
    public long Book(long readyTicks)
    {
        long day = readyTicks / SimDuration.TicksPerDay;
        if (day < _firstDay)
        {
            day = _firstDay;
        }

        // Days before the earliest ready day can no longer be booked: recycle their ring entries.
        while (day - _firstDay >= RingDays)
        {
            _counts[(int)(_firstDay & (RingDays - 1))] = 0;
            _firstDay++;
        }

        while (_counts[(int)(day & (RingDays - 1))] >= _perDay)
        {
            day++;
            while (day - _firstDay >= RingDays)
            {
                _counts[(int)(_firstDay & (RingDays - 1))] = 0;
                _firstDay++;
            }
        }

        _counts[(int)(day & (RingDays - 1))]++;
        long start = Math.Max(readyTicks, day * SimDuration.TicksPerDay);
        if (_window.Contains(readyTicks))
        {
            Kpis.WaitHours.Add((double)(start - readyTicks) / SimDuration.TicksPerHour);
        }

        Kpis.QueueArea += _window.OverlapHours(readyTicks, start);

        return start;
    }
}
