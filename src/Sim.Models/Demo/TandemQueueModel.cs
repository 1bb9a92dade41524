using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Engine.Resources;
using Sim.Engine.Statistics;
using Sim.Engine.Time;

namespace Sim.Models.Demo;

/// <summary>
/// Simulates one replication of a tandem line (<see cref="TandemQueueConfig"/>) on the kernel:
/// an arrival generator feeding <see cref="ServerPool"/> stations in series.
/// </summary>
/// <remarks>
/// A customer is identified by its arrival time in ticks, so the model keeps no table of
/// customers and its memory does not grow with the number simulated. Random streams:
/// "arrivals" and "service-K" for station K (from 1), so changing one station leaves the others'
/// numbers unchanged. One instance runs once, on one thread.
/// </remarks>
public sealed class TandemQueueModel : IEventProcessor
{
    private readonly TandemQueueConfig _config;
    private readonly Simulator _simulator;
    private readonly ServerPool[] _stations;
    private readonly RandomStream[] _serviceStreams;
    private readonly Exponential[] _serviceTicks;
    private readonly RandomStream _arrivalStream;
    private readonly Exponential _interarrivalTicks;
    private readonly EventProcessorId _arrivals;
    private readonly Tally _sojourn = new();
    private readonly QuantileHistogram _sojournQuantiles = new();
    private readonly TimeWeighted _inSystem;
    private long _arrived;
    private long _departed;
    private long _inLine;
    private double _measureStartHours;
    private bool _ran;

    /// <summary>Creates the model for one replication.</summary>
    /// <param name="config">The line to simulate.</param>
    /// <param name="streams">The replication's random streams.</param>
    /// <param name="eventList">The future-event list; a <see cref="DaryHeapEventList"/> when null.</param>
    public TandemQueueModel(TandemQueueConfig config, ReplicationStreams streams, IEventList? eventList = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(streams);
        config.Validate();
        _config = config;
        _simulator = new Simulator(eventList);
        int count = config.Servers.Count;
        _stations = new ServerPool[count];
        _serviceStreams = new RandomStream[count];
        _serviceTicks = new Exponential[count];
        for (int k = 0; k < count; k++)
        {
            _stations[k] = new ServerPool(_simulator, config.Servers[k], new StationExit(this, k));
            _serviceStreams[k] = streams.Stream("service-" + (k + 1));
            _serviceTicks[k] = new Exponential(config.MeanServiceMinutes[k] * SimDuration.TicksPerMinute);
        }

        _arrivalStream = streams.Stream("arrivals");
        _interarrivalTicks = new Exponential(SimDuration.TicksPerMinute / config.ArrivalsPerMinute);
        _arrivals = _simulator.Register(this);
        _inSystem = new TimeWeighted(0, 0);
    }

    /// <summary>Runs the replication to the last departure and returns what it measured.</summary>
    /// <exception cref="InvalidOperationException">The model already ran.</exception>
    public TandemQueueResult Run()
    {
        if (_ran)
        {
            throw new InvalidOperationException("A model instance runs once; create a new one per replication.");
        }

        _ran = true;
        _simulator.Schedule(SimTime.Zero, _arrivals);
        _simulator.Run();
        foreach (ServerPool station in _stations)
        {
            station.FinishStatistics();
        }

        _inSystem.Update(_simulator.Now.TotalHours, _inLine);
        double measuredMinutes = (_simulator.Now.TotalHours - _measureStartHours) * 60;
        return new TandemQueueResult(
            _sojourn.Count,
            _sojourn,
            _sojournQuantiles,
            _stations.Select(s => s.Waits.Mean * 60).ToArray(),
            _stations.Select(s => s.BusyServers.Mean / s.Servers).ToArray(),
            _inSystem.Mean,
            _sojourn.Count / measuredMinutes,
            _simulator.EventsHandled);
    }

    /// <summary>An arrival: the customer joins the first station and the next arrival is scheduled.</summary>
    void IEventProcessor.Handle(Simulator simulator, int kind, long data)
    {
        long now = simulator.Now.Ticks;
        if (_arrived == _config.WarmupCustomers)
        {
            StartMeasuring();
        }

        _arrived++;
        _inLine++;
        _inSystem.Update(simulator.Now.TotalHours, _inLine);
        _stations[0].Arrive(now, ServiceTime(0));
        if (_arrived < _config.Customers)
        {
            long gap = (long)Math.Round(_interarrivalTicks.Sample(_arrivalStream));
            simulator.Schedule(new SimTime(now + gap), _arrivals);
        }
    }

    /// <summary>A customer leaves station <paramref name="station"/>: on to the next one, or out of the line.</summary>
    private void Leave(int station, long customer)
    {
        int next = station + 1;
        if (next < _stations.Length)
        {
            _stations[next].Arrive(customer, ServiceTime(next));
            return;
        }

        _inLine--;
        _inSystem.Update(_simulator.Now.TotalHours, _inLine);
        _departed++;
        if (_departed > _config.WarmupCustomers)
        {
            double minutes = (double)(_simulator.Now.Ticks - customer) / SimDuration.TicksPerMinute;
            _sojourn.Add(minutes);
            _sojournQuantiles.Add(minutes);
        }
    }

    private SimDuration ServiceTime(int station) =>
        new((long)Math.Round(_serviceTicks[station].Sample(_serviceStreams[station])));

    private void StartMeasuring()
    {
        foreach (ServerPool station in _stations)
        {
            station.ResetStatistics();
        }

        _measureStartHours = _simulator.Now.TotalHours;
        _inSystem.Reset(_measureStartHours);
    }

    /// <summary>Tells the model which station a customer left, so no lookup by pool is needed.</summary>
    private sealed class StationExit(TandemQueueModel model, int station) : IServerPoolListener
    {
        public void ServiceCompleted(ServerPool pool, long customer) => model.Leave(station, customer);
    }
}
