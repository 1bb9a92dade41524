using Sim.Engine.Randomness;
using Sim.Engine.Statistics;
using Sim.Engine.Time;
using Sim.Models.Demo;

namespace Sim.Benchmarks.Demo;

/// <summary>
/// The baseline: the tandem line as one tight loop over a PriorityQueue of struct events keyed by
/// (time, sequence), with the same random streams, service sampling and statistics as
/// <see cref="TandemQueueModel"/>, and no allocation per event.
/// </summary>
public sealed class HandWrittenTandem
{
    private const int Arrival = -1;

    private readonly TandemQueueConfig _config;
    private readonly RandomStream _arrivalStream;
    private readonly Exponential _interarrival;
    private readonly RandomStream[] _serviceStreams;
    private readonly Exponential[] _service;
    private readonly PriorityQueue<(int Station, long Customer), (long Time, long Sequence)> _events = new(1024, new KeyComparer());
    private readonly Queue<(long Customer, long ServiceTicks, long ArrivalTicks)>[] _lines;
    private readonly int[] _busy;
    private readonly Tally[] _waits;
    private readonly TimeWeighted[] _queueLength;
    private readonly TimeWeighted[] _busyServers;
    private readonly Tally _sojourn = new();
    private readonly QuantileHistogram _sojournQuantiles = new();
    private readonly TimeWeighted _inSystem = new(0, 0);
    private long _sequence;
    private long _inLine;

    public HandWrittenTandem(TandemQueueConfig config, ReplicationStreams streams)
    {
        _config = config;
        int count = config.Servers.Count;
        _arrivalStream = streams.Stream("arrivals");
        _interarrival = new Exponential(SimDuration.TicksPerMinute / config.ArrivalsPerMinute);
        _serviceStreams = Enumerable.Range(1, count).Select(k => streams.Stream("service-" + k)).ToArray();
        _service = config.MeanServiceMinutes.Select(m => new Exponential(m * SimDuration.TicksPerMinute)).ToArray();
        _lines = Enumerable.Range(0, count).Select(_ => new Queue<(long, long, long)>()).ToArray();
        _busy = new int[count];
        _waits = Enumerable.Range(0, count).Select(_ => new Tally()).ToArray();
        _queueLength = Enumerable.Range(0, count).Select(_ => new TimeWeighted(0, 0)).ToArray();
        _busyServers = Enumerable.Range(0, count).Select(_ => new TimeWeighted(0, 0)).ToArray();
    }

    public double Run()
    {
        long arrived = 0;
        Push(0, Arrival, 0);
        while (_events.TryDequeue(out var e, out var key))
        {
            long now = key.Time;
            double hours = (double)now / SimDuration.TicksPerHour;
            if (e.Station == Arrival)
            {
                arrived++;
                _inLine++;
                _inSystem.Update(hours, _inLine);
                Arrive(0, now, now);
                if (arrived < _config.Customers)
                {
                    Push(now + (long)Math.Round(_interarrival.Sample(_arrivalStream)), Arrival, 0);
                }

                continue;
            }

            int k = e.Station;
            _busy[k]--;
            if (_lines[k].TryDequeue(out var next))
            {
                _queueLength[k].Update(hours, _lines[k].Count);
                Start(k, next.Customer, next.ServiceTicks, next.ArrivalTicks, now);
            }

            _busyServers[k].Update(hours, _busy[k]);
            if (k + 1 < _lines.Length)
            {
                Arrive(k + 1, e.Customer, now);
            }
            else
            {
                _inLine--;
                _inSystem.Update(hours, _inLine);
                double minutes = (double)(now - e.Customer) / SimDuration.TicksPerMinute;
                _sojourn.Add(minutes);
                _sojournQuantiles.Add(minutes);
            }
        }

        return _sojourn.Mean;
    }

    private void Arrive(int k, long customer, long now)
    {
        long service = (long)Math.Round(_service[k].Sample(_serviceStreams[k]));
        if (_busy[k] < _config.Servers[k])
        {
            Start(k, customer, service, now, now);
            return;
        }

        _lines[k].Enqueue((customer, service, now));
        _queueLength[k].Update((double)now / SimDuration.TicksPerHour, _lines[k].Count);
    }

    private void Start(int k, long customer, long service, long arrivalTicks, long now)
    {
        _waits[k].Add((double)(now - arrivalTicks) / SimDuration.TicksPerHour);
        _busy[k]++;
        _busyServers[k].Update((double)now / SimDuration.TicksPerHour, _busy[k]);
        Push(now + service, k, customer);
    }

    private void Push(long time, int station, long customer) => _events.Enqueue((station, customer), (time, _sequence++));

    private sealed class KeyComparer : IComparer<(long Time, long Sequence)>
    {
        public int Compare((long Time, long Sequence) x, (long Time, long Sequence) y) =>
            x.Time != y.Time ? x.Time.CompareTo(y.Time) : x.Sequence.CompareTo(y.Sequence);
    }
}
