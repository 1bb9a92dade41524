using Sim.Models.Customs;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Checks a market's duty regimes as a whole: in ascending order of <c>effective_from</c>; two of the
/// same date only when they name different channels or origins; at least one naming neither, so that
/// every parcel has a regime. Stateless.
/// </summary>
internal static class RegimeChecks
{
    public static void Check(IReadOnlyList<DutyRegime> regimes, FieldPath path, ScenarioDiagnostics diagnostics)
    {
        for (var i = 1; i < regimes.Count; i++)
        {
            var field = path.Item(i, null).Field("effective_from");
            if (regimes[i].EffectiveFrom < regimes[i - 1].EffectiveFrom)
            {
                diagnostics.Add(field, "regimes must be in ascending order of effective_from");
            }

            for (var j = i - 1; j >= 0 && regimes[j].EffectiveFrom == regimes[i].EffectiveFrom; j--)
            {
                if (SameGoods(regimes[i], regimes[j]))
                {
                    diagnostics.Add(field, $"regime {j} applies to the same channels and origins from the same date");
                }
            }
        }

        if (regimes.Count > 0 && !regimes.Any(r => r.AppliesToAll))
        {
            diagnostics.Add(path, "at least one regime must name neither channels nor origins, so that every parcel has one");
        }
    }

    private static bool SameGoods(DutyRegime a, DutyRegime b) =>
        a.Channels.Order().SequenceEqual(b.Channels.Order()) && a.Origins.Order(StringComparer.Ordinal).SequenceEqual(b.Origins.Order(StringComparer.Ordinal));
}
