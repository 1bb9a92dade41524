using Sim.Models.Scenarios;

namespace Sim.Models.Customs;

/// <summary>
/// How long customs takes and what can go wrong, for export or import. A declaration takes a draw of
/// <see cref="DeclarationTime"/>; with <see cref="DocumentErrorProbability"/> the papers are wrong and
/// add <see cref="DocumentErrorDelay"/>; with <see cref="InspectionProbability"/> the parcel (or bulk
/// shipment) is inspected for <see cref="InspectionDelay"/>; with <see cref="HoldProbability"/> it is
/// held for <see cref="HoldDelay"/>; with <see cref="SeizureProbability"/> it is seized (terminal).
/// The draws are independent. Key: <see cref="Id"/>. Immutable and thread-safe.
/// </summary>
public sealed record CustomsProfile
{
    /// <summary>Unique key (e.g. <c>cn-export-9610</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Time to declare and release a parcel or shipment that meets no trouble.</summary>
    public required DistributionSpec DeclarationTime { get; init; }

    /// <summary>Probability in [0, 1] of a physical inspection.</summary>
    public double InspectionProbability { get; init; }

    /// <summary>Extra time when inspected; required when <see cref="InspectionProbability"/> is above 0.</summary>
    public DistributionSpec? InspectionDelay { get; init; }

    /// <summary>Probability in [0, 1] of a hold (queries, missing licence) that is later released.</summary>
    public double HoldProbability { get; init; }

    /// <summary>Extra time when held; required when <see cref="HoldProbability"/> is above 0.</summary>
    public DistributionSpec? HoldDelay { get; init; }

    /// <summary>Probability in [0, 1] that the parcel is seized and never delivered.</summary>
    public double SeizureProbability { get; init; }

    /// <summary>Probability in [0, 1] of a document error.</summary>
    public double DocumentErrorProbability { get; init; }

    /// <summary>Extra time after a document error; required when <see cref="DocumentErrorProbability"/> is above 0.</summary>
    public DistributionSpec? DocumentErrorDelay { get; init; }
}
