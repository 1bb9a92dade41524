using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Engine.Resources;
using Sim.Engine.Statistics;
using Sim.Engine.Time;

namespace Sim.Engine.Tests.Resources;

/// <summary>One ServerPool fed by a renewal arrival process: G/G/c for the queueing oracle tests. Times in hours.</summary>
internal sealed class SingleStationModel : IEventProcessor, IServerPoolListener
{
    private readonly Simulator _simulator = new();
    private readonly IDistribution _interarrival;
    private readonly IDistribution _service;
    private readonly RandomStream _arrivalStream;
    private readonly RandomStream _serviceStream;
    private readonly long _customers;
    private readonly long _warmup;
    private readonly EventProcessorId _id;
    private readonly TimeWeighted _inSystem = new(0);
    private long _arrived;
    private long _inStation;
    private double _measureStart;

    public SingleStationModel(int servers, IDistribution interarrivalHours, IDistribution serviceHours, ReplicationStreams streams, long customers, long warmup)
    {
        Pool = new ServerPool(_simulator, servers, this);
        _interarrival = interarrivalHours;
        _service = serviceHours;
        _arrivalStream = streams.Stream("arrivals");
        _serviceStream = streams.Stream("service");
        _customers = customers;
        _warmup = warmup;
        _id = _simulator.Register(this);
    }

    public ServerPool Pool { get; }

    public Tally Sojourn { get; } = new();

    /// <summary>Time-weighted number in the station (waiting or in service) after warm-up.</summary>
    public TimeWeighted InSystem => _inSystem;

    public double ArrivalRateMeasured { get; private set; }

    public void Run()
    {
        _simulator.Schedule(SimTime.Zero, _id);
        _simulator.Run();
        Pool.FinishStatistics();
        _inSystem.Update(_simulator.Now.TotalHours, _inStation);
        ArrivalRateMeasured = (_arrived - _warmup) / (_simulator.Now.TotalHours - _measureStart);
    }

    public void Handle(Simulator simulator, int kind, long data)
    {
        if (_arrived == _warmup)
        {
            Pool.ResetStatistics();
            _measureStart = simulator.Now.TotalHours;
            _inSystem.Reset(_measureStart);
        }

        _arrived++;
        _inStation++;
        _inSystem.Update(simulator.Now.TotalHours, _inStation);

        // The customer id carries its arrival index, so warm-up customers can be told apart.
        Pool.Arrive(_arrived, SimDuration.FromHours(_service.Sample(_serviceStream)));
        if (_arrived < _customers)
        {
            simulator.ScheduleAfter(SimDuration.FromHours(_interarrival.Sample(_arrivalStream)), _id);
        }
    }

    public void ServiceCompleted(ServerPool pool, long customer)
    {
        _inStation--;
        _inSystem.Update(_simulator.Now.TotalHours, _inStation);
    }
}
