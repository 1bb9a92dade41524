using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <content>Nodes, customs profiles, product classes, markets, modes and legs.</content>
internal sealed partial class ScenarioMapper
{
    private Node MapNode(NodeYaml y, FieldPath path)
    {
        var id = Required(y.Id, path.Field("id"));
        var kind = Enum<NodeKind>(y.Kind, path.Field("kind"), null);
        GatewayKind? gateway = null;
        if (kind == NodeKind.ExportGateway)
        {
            gateway = Enum<GatewayKind>(y.Gateway, path.Field("gateway"), null);
        }
        else if (y.Gateway is not null)
        {
            diagnostics.Add(path.Field("gateway"), "only an export_gateway node has a gateway kind");
        }

        var country = Required(y.Country, path.Field("country"));
        if (country.Length > 0 && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            diagnostics.Add(path.Field("country"), $"'{country}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)");
        }

        if (y.Servers is < 1)
        {
            diagnostics.Add(path.Field("servers"), "must be at least 1 (omit it for unlimited)");
        }

        return new Node { Id = id, Name = y.Name ?? id, Kind = kind, Gateway = gateway, Country = country, Servers = y.Servers };
    }

    private CustomsProfile MapProfile(CustomsProfileYaml y, FieldPath path)
    {
        DistributionSpec? Delay(double probability, DistributionYaml? delay, string probabilityName, string delayName)
        {
            if (probability > 0 && delay is null)
            {
                diagnostics.Add(path.Field(delayName), $"required when {probabilityName} is above 0");
            }

            return delay is null ? null : Distribution(delay, path.Field(delayName), required: true);
        }

        var inspection = Number(y.InspectionProbability, path.Field("inspection_probability"), 0, Check.Probability);
        var hold = Number(y.HoldProbability, path.Field("hold_probability"), 0, Check.Probability);
        var documents = Number(y.DocumentErrorProbability, path.Field("document_error_probability"), 0, Check.Probability);
        return new CustomsProfile
        {
            Id = Required(y.Id, path.Field("id")),
            DeclarationTime = Distribution(y.DeclarationTime, path.Field("declaration_time"), required: true),
            InspectionProbability = inspection,
            InspectionDelay = Delay(inspection, y.InspectionDelay, "inspection_probability", "inspection_delay"),
            HoldProbability = hold,
            HoldDelay = Delay(hold, y.HoldDelay, "hold_probability", "hold_delay"),
            SeizureProbability = Number(y.SeizureProbability, path.Field("seizure_probability"), 0, Check.Probability),
            DocumentErrorProbability = documents,
            DocumentErrorDelay = Delay(documents, y.DocumentErrorDelay, "document_error_probability", "document_error_delay"),
        };
    }

    private ProductClass MapProductClass(ProductClassYaml y, FieldPath path)
    {
        var id = Required(y.Id, path.Field("id"));
        return new ProductClass
        {
            Id = id,
            Name = y.Name ?? id,
            Value = RequiredNumber(y.Value, path.Field("value"), Check.Positive),
            WeightKg = RequiredNumber(y.WeightKg, path.Field("weight_kg"), Check.Positive),
            VolumeM3 = RequiredNumber(y.VolumeM3, path.Field("volume_m3"), Check.Positive),
            ReturnRate = Number(y.ReturnRate, path.Field("return_rate"), 0, Check.Probability),
            PromiseDays = RequiredNumber(y.PromiseDays, path.Field("promise_days"), Check.Positive),
        };
    }

    private Market MapMarket(MarketYaml y, FieldPath path)
    {
        var code = Required(y.Code, path.Field("code"));
        if (code.Length > 0 && (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)))
        {
            diagnostics.Add(path.Field("code"), $"'{code}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)");
        }

        var customsNode = NodeOfKind(y.ImportCustomsNode, path.Field("import_customs_node"), NodeKind.ImportCustomsPoint);
        var lastMile = NodeOfKind(y.LastMileZone, path.Field("last_mile_zone"), NodeKind.LastMileZone);
        Reference(y.ImportCustomsProfile, _profiles, path.Field("import_customs_profile"), "customs profile");
        var regimes = Items(y.DutyRegimes, path.Field("duty_regimes"), _ => null, MapRegime, null, _ => "", "duty regime", required: true);
        for (var i = 1; i < regimes.Count; i++)
        {
            if (regimes[i].EffectiveFrom <= regimes[i - 1].EffectiveFrom)
            {
                diagnostics.Add(path.Field("duty_regimes").Item(i, null).Field("effective_from"), "regimes must be in ascending order of effective_from, without repeats");
            }
        }

        return new Market
        {
            Code = code,
            Name = y.Name ?? code,
            ImportCustomsNode = customsNode,
            LastMileZone = lastMile,
            ImportCustomsProfile = y.ImportCustomsProfile ?? "",
            DutyRegimes = regimes,
        };
    }

    private DutyRegime MapRegime(DutyRegimeYaml y, FieldPath path) => new()
    {
        EffectiveFrom = Date(y.EffectiveFrom, path.Field("effective_from"), required: true),
        DeMinimis = Number(y.DeMinimis, path.Field("de_minimis"), 0, Check.NonNegative),
        TaxDeMinimis = Number(y.TaxDeMinimis, path.Field("tax_de_minimis"), 0, Check.NonNegative),
        DutyRate = Number(y.DutyRate, path.Field("duty_rate"), 0, Check.Probability),
        TaxRate = Number(y.TaxRate, path.Field("tax_rate"), 0, Check.Probability),
        PerParcelFee = Number(y.PerParcelFee, path.Field("per_parcel_fee"), 0, Check.NonNegative),
        Clearance = Enum(y.Clearance, path.Field("clearance"), (ClearanceMode?)ClearanceMode.PerParcel),
    };

    private string NodeOfKind(string? id, FieldPath path, params NodeKind[] kinds)
    {
        var node = Reference(id, _nodes, path, "node");
        if (node is not null && !kinds.Contains(node.Kind))
        {
            diagnostics.Add(path, $"node '{node.Id}' is a {Snake(node.Kind.ToString())}, expected {string.Join(" or ", kinds.Select(k => Snake(k.ToString())))}");
        }

        return id ?? "";
    }

    private Mode MapMode(ModeYaml y, FieldPath path)
    {
        var id = Required(y.Id, path.Field("id"));
        var kind = Enum<ModeKind>(y.Kind, path.Field("kind"), null);
        var legIds = new Dictionary<string, Leg>(StringComparer.Ordinal);
        var legs = Items(y.Legs, path.Field("legs"), l => l.Id, (l, p) => MapLeg(l, p, kind), legIds, l => l.Id, "leg", required: true);
        return new Mode
        {
            Id = id,
            Name = y.Name ?? id,
            Kind = kind,
            Legs = legs,
            MaxWeightKg = OptionalNumber(y.MaxWeightKg, path.Field("max_weight_kg"), Check.Positive),
            MaxValue = OptionalNumber(y.MaxValue, path.Field("max_value"), Check.Positive),
        };
    }

    private Leg MapLeg(LegYaml y, FieldPath path, ModeKind modeKind)
    {
        var kind = Enum<LegKind>(y.Kind, path.Field("kind"), null);
        if (y.Node is not null)
        {
            Reference(y.Node, _nodes, path.Field("node"), "node");
        }

        if (kind.IsCustoms())
        {
            Reference(y.CustomsProfile, _profiles, path.Field("customs_profile"), "customs profile", required: !kind.IsImportCustoms());
        }
        else
        {
            if (y.CustomsProfile is not null)
            {
                diagnostics.Add(path.Field("customs_profile"), "only export_customs and import_customs legs take a customs profile");
            }

            if (y.Clearance is not null)
            {
                diagnostics.Add(path.Field("clearance"), "only export_customs and import_customs legs take a clearance");
            }
        }

        var defaultCategory = kind.DefaultCostCategory(modeKind);
        return new Leg
        {
            Id = Required(y.Id, path.Field("id")),
            Kind = kind,
            Node = y.Node,
            ProcessingTime = Distribution(y.ProcessingTime, path.Field("processing_time"), required: true),
            Capacity = y.Capacity is null ? null : MapCapacity(y.Capacity, path.Field("capacity")),
            Timetable = y.Timetable is null ? null : MapTimetable(y.Timetable, path.Field("timetable")),
            Cost = y.Cost is null ? LegCost.Zero : MapCost(y.Cost, path.Field("cost")),
            CostCategory = Enum(y.CostCategory, path.Field("cost_category"), (CostCategory?)defaultCategory),
            LossProbability = Number(y.LossProbability, path.Field("loss_probability"), 0, Check.Probability),
            DamageProbability = Number(y.DamageProbability, path.Field("damage_probability"), 0, Check.Probability),
            Tracking = y.Tracking is null ? new TrackingSpec() : new TrackingSpec
            {
                ProducesScan = y.Tracking.ProducesScan ?? true,
                VisibilityDelayHours = Number(y.Tracking.VisibilityDelayHours, path.Field("tracking").Field("visibility_delay_hours"), 0, Check.NonNegative),
            },
            Emissions = y.Emissions is null ? EmissionSpec.Zero : new EmissionSpec
            {
                KgCo2ePerTonneKm = Number(y.Emissions.KgCo2ePerTonneKm, path.Field("emissions").Field("kg_co2e_per_tonne_km"), 0, Check.NonNegative),
                KgCo2ePerParcel = Number(y.Emissions.KgCo2ePerParcel, path.Field("emissions").Field("kg_co2e_per_parcel"), 0, Check.NonNegative),
            },
            DistanceKm = Number(y.DistanceKm, path.Field("distance_km"), 0, Check.NonNegative),
            CustomsProfile = kind.IsCustoms() ? y.CustomsProfile : null,
            Clearance = kind.IsCustoms() && y.Clearance is not null ? Enum<ClearanceMode>(y.Clearance, path.Field("clearance"), null) : null,
        };
    }

    private CapacitySpec MapCapacity(CapacityYaml y, FieldPath path)
    {
        if ((y.Servers is null) == (y.DailyThroughput is null))
        {
            diagnostics.Add(path, "give exactly one of servers or daily_throughput");
        }

        if (y.Servers is < 1)
        {
            diagnostics.Add(path.Field("servers"), "must be at least 1");
        }

        return new CapacitySpec
        {
            Servers = y.Servers,
            DailyThroughput = OptionalNumber(y.DailyThroughput, path.Field("daily_throughput"), Check.Positive),
        };
    }

    private TimetableSpec MapTimetable(TimetableYaml y, FieldPath path)
    {
        var hours = y.DepartureHours ?? [];
        if ((hours.Count == 0) == (y.EveryHours is null))
        {
            diagnostics.Add(path, "give exactly one of departure_hours (a list of hours of the day) or every_hours");
        }

        for (var i = 0; i < hours.Count; i++)
        {
            if (hours[i] is < 0 or >= 24 || (i > 0 && hours[i] <= hours[i - 1]))
            {
                diagnostics.Add(path.Field("departure_hours").Item(i, null), $"{Format(hours[i])} must be an hour of the day in [0, 24), in ascending order");
            }
        }

        var first = Number(y.FirstDepartureHour, path.Field("first_departure_hour"), 0, Check.NonNegative);
        if (first >= 24)
        {
            diagnostics.Add(path.Field("first_departure_hour"), $"{Format(first)} must be an hour of the day in [0, 24)");
        }

        var weekdays = new List<DayOfWeek>();
        var days = y.Weekdays ?? [];
        for (var i = 0; i < days.Count; i++)
        {
            var day = Enum<DayOfWeek>(days[i], path.Field("weekdays").Item(i, null), null);
            if (weekdays.Contains(day))
            {
                diagnostics.Add(path.Field("weekdays").Item(i, null), $"'{days[i]}' is listed twice");
            }

            weekdays.Add(day);
        }

        if (y.CapacityParcels is < 1)
        {
            diagnostics.Add(path.Field("capacity_parcels"), "must be at least 1 (omit it for unlimited)");
        }

        return new TimetableSpec
        {
            DepartureHours = hours.ToArray(),
            EveryHours = OptionalNumber(y.EveryHours, path.Field("every_hours"), Check.Positive),
            FirstDepartureHour = first,
            Weekdays = weekdays,
            CutoffHours = Number(y.CutoffHours, path.Field("cutoff_hours"), 0, Check.NonNegative),
            CapacityParcels = y.CapacityParcels,
            CapacityKg = OptionalNumber(y.CapacityKg, path.Field("capacity_kg"), Check.Positive),
        };
    }

    private LegCost MapCost(CostYaml y, FieldPath path) => new()
    {
        PerParcel = Number(y.PerParcel, path.Field("per_parcel"), 0, Check.NonNegative),
        PerKg = Number(y.PerKg, path.Field("per_kg"), 0, Check.NonNegative),
        PerM3 = Number(y.PerM3, path.Field("per_m3"), 0, Check.NonNegative),
        PerShipment = Number(y.PerShipment, path.Field("per_shipment"), 0, Check.NonNegative),
        PerContainer = Number(y.PerContainer, path.Field("per_container"), 0, Check.NonNegative),
        ContainerCapacityM3 = Number(y.ContainerCapacityM3, path.Field("container_capacity_m3"), 67.0, Check.Positive),
    };
}
