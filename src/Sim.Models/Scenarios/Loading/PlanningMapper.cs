using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Maps the <c>planning</c> section. Not thread-safe.</summary>
internal sealed class PlanningMapper(FieldReader fields, ScenarioIndex index)
{
    public PlanningSettings Map(PlanningYaml? y, FieldPath path)
    {
        if (y is null)
        {
            return PlanningSettings.Default;
        }

        var levels = fields.Items(y.ServiceLevels, path.Field("service_levels"), s => s.Market, MapLevel, new Dictionary<string, ServiceLevel>(StringComparer.Ordinal), s => s.Market, "service level for market", required: false);
        return new PlanningSettings
        {
            ValueOfTimePerParcelDay = fields.Number(y.ValueOfTimePerParcelDay, path.Field("value_of_time_per_parcel_day"), 0, ScenarioRanges.Money),
            LatePenaltyPerParcel = fields.Number(y.LatePenaltyPerParcel, path.Field("late_penalty_per_parcel"), 0, ScenarioRanges.Money),
            BackorderPenaltyPerUnitDay = fields.Number(y.BackorderPenaltyPerUnitDay, path.Field("backorder_penalty_per_unit_day"), 1, ScenarioRanges.ShortageCost),
            MaxUtilisation = fields.Number(y.MaxUtilisation, path.Field("max_utilisation"), 0.9, ScenarioRanges.MaxUtilisation),
            SingleSourcing = y.SingleSourcing ?? false,
            ServiceLevels = levels,
        };
    }

    private ServiceLevel MapLevel(ServiceLevelYaml y, FieldPath path)
    {
        var market = fields.Reference(y.Market, index.Markets, path.Field("market"), "market")?.Code ?? y.Market ?? "";
        if (y.OnTime is null && y.MeanDays is null)
        {
            fields.Diagnostics.Add(path, "give on_time, mean_days or both");
        }

        return new ServiceLevel
        {
            Market = market,
            OnTime = fields.OptionalNumber(y.OnTime, path.Field("on_time"), ScenarioRanges.Probability),
            MeanDays = fields.OptionalNumber(y.MeanDays, path.Field("mean_days"), ScenarioRanges.PromiseDays),
        };
    }
}
