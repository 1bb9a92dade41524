using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// The clearance at the end of a customs leg of one route: each parcel draws its own clearance,
/// except that the parcels of one consolidated departure cleared in bulk share the draw of the first
/// of them (the state of that batch is kept here). Counts clearances, time in clearance and
/// inspections at its customs point. Allocates nothing per parcel. Not thread-safe.
/// </summary>
internal sealed class CustomsStation
{
    private long _batch = -1;
    private ClearanceDraw _batchDraw;

    public CustomsStation(CompiledCustomsLeg leg, RandomStream rng, ResourceKpis point)
    {
        Leg = leg;
        Rng = rng;
        Point = point;
    }

    public CompiledCustomsLeg Leg { get; }

    public RandomStream Rng { get; }

    public ResourceKpis Point { get; }

    /// <summary>
    /// Clears goods ready at <paramref name="readyTicks"/>. A parcel that left on a departure at
    /// <paramref name="departureTicks"/> (-1 for none) and clears in bulk shares its departure's draw.
    /// </summary>
    public ClearanceDraw Clear(long readyTicks, long departureTicks, bool shipment, bool measured)
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

        if (measured)
        {
            double hours = (double)draw.DelayTicks / SimDuration.TicksPerHour;
            Point.WaitHours.Add(hours);
            Point.QueueArea += hours;
            if (draw.Inspected)
            {
                Point.Inspected++;
            }
        }

        return draw;
    }

    private bool ClearsInBulk(long ticks) =>
        (Leg.Regimes is { } regimes ? DutyCalculator.ClearanceUnder(regimes.RegimeAtTicks(ticks), Leg.Clearance) : Leg.Clearance ?? ClearanceMode.PerParcel) == ClearanceMode.Bulk;
}
