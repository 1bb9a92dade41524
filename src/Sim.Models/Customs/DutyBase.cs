namespace Sim.Models.Customs;

/// <summary>What a <see cref="DutyRegime"/>'s duty rate applies to on a parcel above its de minimis.</summary>
public enum DutyBase
{
    /// <summary>The whole declared value (most markets).</summary>
    Value,

    /// <summary>Only the part of the declared value above the de minimis (Russia: 15% of the excess).</summary>
    Excess,
}
