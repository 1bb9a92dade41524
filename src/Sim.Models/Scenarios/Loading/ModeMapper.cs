using Sim.Models.Customs;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Maps modes and their legs: capacities, timetables, costs, tracking, emissions. Not thread-safe.</summary>
internal sealed class ModeMapper(FieldReader fields, ScenarioIndex index)
{
    private ScenarioDiagnostics Diagnostics => fields.Diagnostics;

    public Mode MapMode(ModeYaml y, FieldPath path)
    {
        var id = fields.Required(y.Id, path.Field("id"));
        var kind = fields.Enum<ModeKind>(y.Kind, path.Field("kind"), null);
        var legIds = new Dictionary<string, Leg>(StringComparer.Ordinal);
        var legs = fields.Items(y.Legs, path.Field("legs"), l => l.Id, (l, p) => MapLeg(l, p, kind), legIds, l => l.Id, "leg", required: true);
        return new Mode
        {
            Id = id,
            Name = y.Name ?? id,
            Kind = kind,
            Legs = legs,
            MaxWeightKg = fields.OptionalNumber(y.MaxWeightKg, path.Field("max_weight_kg"), ScenarioRanges.WeightKg),
            MaxValue = fields.OptionalNumber(y.MaxValue, path.Field("max_value"), ScenarioRanges.PositiveMoney),
            CustomsChannel = y.CustomsChannel is null ? null : fields.Enum<DutyChannel>(y.CustomsChannel, path.Field("customs_channel"), null),
        };
    }

    private Leg MapLeg(LegYaml y, FieldPath path, ModeKind modeKind)
    {
        var kind = fields.Enum<LegKind>(y.Kind, path.Field("kind"), null);
        if (y.Node is not null)
        {
            fields.Reference(y.Node, index.Nodes, path.Field("node"), "node");
        }

        var isCustoms = kind.IsCustoms();
        if (isCustoms)
        {
            fields.Reference(y.CustomsProfile, index.Profiles, path.Field("customs_profile"), "customs profile", required: !kind.IsImportCustoms());
        }
        else
        {
            if (y.CustomsProfile is not null)
            {
                Diagnostics.Add(path.Field("customs_profile"), "only export_customs and import_customs legs take a customs profile");
            }

            if (y.Clearance is not null)
            {
                Diagnostics.Add(path.Field("clearance"), "only export_customs and import_customs legs take a clearance");
            }
        }

        var profilesByMarket = MapProfilesByMarket(y.CustomsProfiles, path.Field("customs_profiles"), kind);
        if (y.RemoteAreaSurcharge is not null && kind != LegKind.LastMile)
        {
            Diagnostics.Add(path.Field("remote_area_surcharge"), "only a last_mile leg takes a remote-area surcharge");
        }

        var defaultCategory = kind.DefaultCostCategory(modeKind);
        return new Leg
        {
            Id = fields.Required(y.Id, path.Field("id")),
            Kind = kind,
            Node = y.Node,
            ProcessingTime = fields.Distribution(y.ProcessingTime, path.Field("processing_time"), required: true),
            Capacity = y.Capacity is null ? null : MapCapacity(y.Capacity, path.Field("capacity")),
            Timetable = y.Timetable is null ? null : MapTimetable(y.Timetable, path.Field("timetable")),
            Cost = y.Cost is null ? LegCost.Zero : MapCost(y.Cost, path.Field("cost")),
            CostCategory = fields.Enum(y.CostCategory, path.Field("cost_category"), (CostCategory?)defaultCategory),
            LossProbability = fields.Number(y.LossProbability, path.Field("loss_probability"), 0, ScenarioRanges.Probability),
            DamageProbability = fields.Number(y.DamageProbability, path.Field("damage_probability"), 0, ScenarioRanges.Probability),
            Tracking = y.Tracking is null ? new TrackingSpec() : new TrackingSpec
            {
                ProducesScan = y.Tracking.ProducesScan ?? true,
                VisibilityDelayHours = fields.Number(y.Tracking.VisibilityDelayHours, path.Field("tracking").Field("visibility_delay_hours"), 0, ScenarioRanges.VisibilityDelayHours),
                Milestone = y.Tracking.Milestone is null ? null : fields.Enum<TrackingMilestone>(y.Tracking.Milestone, path.Field("tracking").Field("milestone"), null),
                StartMilestone = y.Tracking.StartMilestone is null ? null : fields.Enum<TrackingMilestone>(y.Tracking.StartMilestone, path.Field("tracking").Field("start_milestone"), null),
            },
            Emissions = y.Emissions is null ? EmissionSpec.Zero : new EmissionSpec
            {
                KgCo2ePerTonneKm = fields.Number(y.Emissions.KgCo2ePerTonneKm, path.Field("emissions").Field("kg_co2e_per_tonne_km"), 0, ScenarioRanges.Co2ePerTonneKm),
                KgCo2ePerParcel = fields.Number(y.Emissions.KgCo2ePerParcel, path.Field("emissions").Field("kg_co2e_per_parcel"), 0, ScenarioRanges.Co2ePerParcel),
            },
            DistanceKm = fields.Number(y.DistanceKm, path.Field("distance_km"), 0, ScenarioRanges.DistanceKm),
            CustomsProfile = isCustoms ? y.CustomsProfile : null,
            Clearance = isCustoms && y.Clearance is not null ? fields.Enum<ClearanceMode>(y.Clearance, path.Field("clearance"), null) : null,
            CustomsProfiles = profilesByMarket,
            RemoteAreaSurcharge = fields.Number(y.RemoteAreaSurcharge, path.Field("remote_area_surcharge"), 0, ScenarioRanges.Money),
        };
    }

    /// <summary>An import customs leg's profile per market: each key a market code, each value a customs profile.</summary>
    private Dictionary<string, string> MapProfilesByMarket(Dictionary<string, string>? y, FieldPath path, LegKind kind)
    {
        var byMarket = new Dictionary<string, string>(StringComparer.Ordinal);
        if (y is null)
        {
            return byMarket;
        }

        if (!kind.IsImportCustoms())
        {
            Diagnostics.Add(path, "only an import_customs leg takes customs profiles per market");
            return byMarket;
        }

        foreach (var (market, profile) in y)
        {
            var field = path.Field(market);
            fields.Reference(market, index.Markets, field, "market");
            fields.Reference(profile, index.Profiles, field, "customs profile");
            byMarket[market] = profile ?? "";
        }

        return byMarket;
    }

    private CapacitySpec MapCapacity(CapacityYaml y, FieldPath path)
    {
        if ((y.Servers is null) == (y.DailyThroughput is null))
        {
            Diagnostics.Add(path, "give exactly one of servers or daily_throughput");
        }

        return new CapacitySpec
        {
            Servers = fields.OptionalInteger(y.Servers, path.Field("servers"), ScenarioRanges.Servers),
            DailyThroughput = fields.OptionalNumber(y.DailyThroughput, path.Field("daily_throughput"), ScenarioRanges.DailyThroughput),
        };
    }

    private TimetableSpec MapTimetable(TimetableYaml y, FieldPath path)
    {
        var hours = y.DepartureHours ?? [];
        if ((hours.Count == 0) == (y.EveryHours is null))
        {
            Diagnostics.Add(path, "give exactly one of departure_hours (a list of hours of the day) or every_hours");
        }

        for (var i = 0; i < hours.Count; i++)
        {
            if (!ScenarioRanges.HourOfDay.Contains(hours[i]) || (i > 0 && hours[i] <= hours[i - 1]))
            {
                Diagnostics.Add(path.Field("departure_hours").Item(i, null), $"{FieldReader.Format(hours[i])} must be an hour of the day in [0, 24), in ascending order");
            }
        }

        var weekdays = new List<DayOfWeek>();
        var days = y.Weekdays ?? [];
        for (var i = 0; i < days.Count; i++)
        {
            var day = fields.Enum<DayOfWeek>(days[i], path.Field("weekdays").Item(i, null), null);
            if (weekdays.Contains(day))
            {
                Diagnostics.Add(path.Field("weekdays").Item(i, null), $"'{FieldReader.Quote(days[i])}' is listed twice");
            }

            weekdays.Add(day);
        }

        return new TimetableSpec
        {
            DepartureHours = hours.ToArray(),
            EveryHours = fields.OptionalNumber(y.EveryHours, path.Field("every_hours"), ScenarioRanges.EveryHours),
            FirstDepartureHour = fields.Number(y.FirstDepartureHour, path.Field("first_departure_hour"), 0, ScenarioRanges.HourOfDay),
            Weekdays = weekdays,
            CutoffHours = fields.Number(y.CutoffHours, path.Field("cutoff_hours"), 0, ScenarioRanges.CutoffHours),
            CapacityParcels = fields.OptionalInteger(y.CapacityParcels, path.Field("capacity_parcels"), ScenarioRanges.ParcelsPerDeparture),
            CapacityKg = fields.OptionalNumber(y.CapacityKg, path.Field("capacity_kg"), ScenarioRanges.KgPerDeparture),
        };
    }

    private LegCost MapCost(CostYaml y, FieldPath path) => new()
    {
        PerParcel = fields.Number(y.PerParcel, path.Field("per_parcel"), 0, ScenarioRanges.Money),
        PerKg = fields.Number(y.PerKg, path.Field("per_kg"), 0, ScenarioRanges.Money),
        PerM3 = fields.Number(y.PerM3, path.Field("per_m3"), 0, ScenarioRanges.Money),
        PerShipment = fields.Number(y.PerShipment, path.Field("per_shipment"), 0, ScenarioRanges.Money),
        PerContainer = fields.Number(y.PerContainer, path.Field("per_container"), 0, ScenarioRanges.Money),
        ContainerCapacityM3 = fields.Number(y.ContainerCapacityM3, path.Field("container_capacity_m3"), 67.0, ScenarioRanges.VolumeM3),
        LclPerM3 = fields.Number(y.LclPerM3, path.Field("lcl_per_m3"), 0, ScenarioRanges.Money),
        LclMinimum = fields.Number(y.LclMinimum, path.Field("lcl_minimum"), 0, ScenarioRanges.Money),
    };
}
