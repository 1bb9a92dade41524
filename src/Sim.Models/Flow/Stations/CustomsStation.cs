using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// The clearance at the end of a customs leg of one route: each parcel draws its own clearance,
/// except that the parcels of one consolidated departure cleared in bulk share the draw of the first
/// of them (the state of that batch is kept here). Counts, at its customs point, the clearances that
/// start within the observation window (their time and inspections) and the number in clearance over
/// it. Allocates nothing per parcel. Not thread-safe.
/// </summary>
internal sealed class CustomsStation
{
    private readonly ObservationWindow _window;
    private long _batch = -1;
    private ClearanceDraw _batchDraw;

    public CustomsStation(CompiledCustomsLeg leg, RandomStream rng, ResourceKpis point, ObservationWindow window)
    {
        Leg = leg;
        Rng = rng;
        Point = point;
        _window = window;
    }

    public CompiledCustomsLeg Leg { get; }

    public RandomStream Rng { get; }

    public ResourceKpis Point { get; }

    /// <summary>
    /// Clears goods ready at <paramref name="readyTicks"/>. A parcel that left on a departure at
    /// <paramref name="departureTicks"/> (-1 for none) and clears in bulk shares its departure's draw.
    /// </summary>
    public ClearanceDraw Clear(long readyTicks, long departureTicks, bool shipment)
    {
        ClearanceDraw draw;
        if (!shipment && departureTicks >= 0 && ClearsInBulk(readyTicks))
        {
            // A consolidated shipment clears as one: its parcels share the draws of the first.
            if (_batch != departureTicks)
            {
                _batch = departureTicks;
                _batchDraw = ClearanceDraw.Draw(Leg.Profile, Rng);
            }

            draw = _batchDraw;
        }
        else
        {
            draw = ClearanceDraw.Draw(Leg.Profile, Rng);
        }

        if (_window.Contains(readyTicks))
        {
            Point.WaitHours.Add((double)draw.DelayTicks / SimDuration.TicksPerHour);
            if (draw.Inspected)
            {
                Point.Inspected++;
            }
        }

        Point.QueueArea += _window.OverlapHours(readyTicks, readyTicks + draw.DelayTicks);

        return draw;
    }

    private bool ClearsInBulk(long ticks) =>
        (Leg.Regimes is { } regimes ? DutyCalculator.ClearanceUnder(regimes.RegimeAtTicks(ticks), Leg.Clearance) : Leg.Clearance ?? ClearanceMode.PerParcel) == ClearanceMode.Bulk;
}
