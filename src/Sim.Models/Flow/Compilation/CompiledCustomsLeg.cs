using Sim.Models.Customs;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// What a customs leg of one route does at its end: draw a clearance from its profile, charge
/// duties and taxes (import legs, except entry into bond), clear per parcel or in bulk, and count at
/// its customs point. Immutable.
/// </summary>
/// <param name="Profile">The compiled customs profile.</param>
/// <param name="ChargesDuties">True on import legs that charge duties, taxes and the per-parcel fee (not entry into bond: bonded goods pay per order at sale).</param>
/// <param name="Clearance">The leg's clearance (a bulk replenishment clears in bulk); null keeps the regime's.</param>
/// <param name="Regimes">The market's duty regimes on import legs; null on export legs.</param>
/// <param name="Point">The index of the customs point whose KPIs it adds to.</param>
/// <param name="StreamName">The name of its random stream (<c>customs/MODE/LEG</c>, scoped for reverse routes).</param>
internal sealed record CompiledCustomsLeg(CompiledCustomsProfile Profile, bool ChargesDuties, ClearanceMode? Clearance, DutyRegimeSchedule? Regimes, int Point, string StreamName);
