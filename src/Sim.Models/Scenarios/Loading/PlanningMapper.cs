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

        var levels = fields.Items(y.ServiceLevels, path.Field("service_levels"), KeyOf, MapLevel, new Dictionary<string, ServiceLevel>(StringComparer.Ordinal), s => s.Key, "service level for", required: false);
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

    private static string? KeyOf(ServiceLevelYaml y) => y.Market is null ? null : y.ProductClass is null ? y.Market : $"{y.Market}/{y.ProductClass}";

    private ServiceLevel MapLevel(ServiceLevelYaml y, FieldPath path)
    {
        var market = fields.Reference(y.Market, index.Markets, path.Field("market"), "market")?.Code ?? y.Market ?? "";
        var productClass = y.ProductClass is null ? null : fields.Reference(y.ProductClass, index.Classes, path.Field("product_class"), "product class")?.Id ?? y.ProductClass;
        if (y.OnTime is not null)
        {
            // on_time measured against each product's promise_days, which is not a mode's promise; the planner now sets its own yardstick.
            fields.Diagnostics.Add(path.Field("on_time"), "on_time (a share delivered within each product's promise_days) is no longer read: "
                + $"write the share and the days it is measured against, e.g. {{market: {FieldReader.Quote(market)}, share: {FieldReader.Format(y.OnTime.Value)}, within_days: 10}}; "
                + "add product_class for a class whose promise differs");
        }
        else if (y.Share is null && y.WithinDays is null && y.MeanDays is null)
        {
            fields.Diagnostics.Add(path, "give share with within_days, mean_days, or both");
        }

        if (y.Share is null != y.WithinDays is null)
        {
            fields.Diagnostics.Add(path.Field(y.Share is null ? "within_days" : "share"), y.Share is null
                ? "within_days needs share: the least share of orders delivered within that many days"
                : "share needs within_days: the days from order within which that share must be delivered");
        }

        return new ServiceLevel
        {
            Market = market,
            ProductClass = productClass,
            Share = fields.OptionalNumber(y.Share, path.Field("share"), ScenarioRanges.Probability),
            WithinDays = fields.OptionalNumber(y.WithinDays, path.Field("within_days"), ScenarioRanges.PromiseDays),
            MeanDays = fields.OptionalNumber(y.MeanDays, path.Field("mean_days"), ScenarioRanges.PromiseDays),
        };
    }
}
