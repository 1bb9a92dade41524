using Sim.Engine.Statistics;

namespace Sim.Models.Demo;

/// <summary>What one replication of a <see cref="TandemQueueModel"/> measured (after warm-up). Times in minutes.</summary>
/// <param name="Customers">Customers that left the line and were counted.</param>
/// <param name="Sojourn">Time in the line from arrival to leaving the last station, in minutes.</param>
/// <param name="SojournQuantiles">The same sojourn times in a mergeable quantile histogram.</param>
/// <param name="StationMeanWaits">The mean wait before service at each station, in minutes.</param>
/// <param name="StationUtilisation">The busy share of each station's servers.</param>
/// <param name="MeanInSystem">The time-weighted mean number of customers in the line.</param>
/// <param name="ThroughputPerMinute">Customers leaving per minute over the measured period.</param>
/// <param name="Events">Events the simulator handled in the whole run.</param>
public sealed record TandemQueueResult(
    long Customers,
    Tally Sojourn,
    QuantileHistogram SojournQuantiles,
    IReadOnlyList<double> StationMeanWaits,
    IReadOnlyList<double> StationUtilisation,
    double MeanInSystem,
    double ThroughputPerMinute,
    long Events);
