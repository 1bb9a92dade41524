using Sim.Engine.Randomness;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// A customs leg compiled for one route: the profile's delays and probabilities as samplers, whether
/// it charges duties (imports, except entry into bond), how the goods clear, and the market whose
/// duty regimes apply. Immutable after construction, except its KPI record and the outcome of the
/// consolidated shipment being cleared in bulk.
/// </summary>
internal sealed class CustomsStep
{
    /// <summary>The departure whose parcels are being cleared together in bulk; -1 for none yet.</summary>
    public long BulkBatch { get; set; } = -1;

    /// <summary>The extra delay (beyond each parcel's declaration) drawn for the bulk batch.</summary>
    public long BulkDelayTicks { get; set; }

    /// <summary>Whether the bulk batch was inspected.</summary>
    public bool BulkInspected { get; set; }

    /// <summary>Whether the bulk batch was seized.</summary>
    public bool BulkSeized { get; set; }

    /// <summary>The leg's own stream of customs draws (<c>customs/MODE/LEG</c>).</summary>
    public required RandomStream Rng { get; init; }

    public required CompiledCustomsProfile Profile { get; init; }

    /// <summary>True on import legs that charge duties and taxes and the per-parcel fee.</summary>
    public required bool ChargesDuties { get; init; }

    /// <summary>Null keeps the regime's clearance.</summary>
    public required ClearanceMode? Clearance { get; init; }

    /// <summary>The market whose regimes apply (import legs).</summary>
    public required MarketRules? Market { get; init; }

    public required ResourceKpis Kpis { get; init; }

    /// <summary>Expected hours of clearance, for rule-based choice.</summary>
    public double ExpectedHours =>
        Profile.Declaration.MeanHours + (Profile.InspectionProbability * Profile.Inspection.MeanHours) + (Profile.HoldProbability * Profile.Hold.MeanHours) + (Profile.DocumentErrorProbability * Profile.DocumentError.MeanHours);
}
