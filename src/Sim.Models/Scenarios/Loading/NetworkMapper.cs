using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Maps nodes, customs profiles, product classes and markets, registering each in the index. Not thread-safe.</summary>
internal sealed class NetworkMapper(FieldReader fields, ScenarioIndex index)
{
    private ScenarioDiagnostics Diagnostics => fields.Diagnostics;

    public Node MapNode(NodeYaml y, FieldPath path)
    {
        var id = fields.Required(y.Id, path.Field("id"));
        var kind = fields.Enum<NodeKind>(y.Kind, path.Field("kind"), null);
        GatewayKind? gateway = null;
        if (kind == NodeKind.ExportGateway)
        {
            gateway = fields.Enum<GatewayKind>(y.Gateway, path.Field("gateway"), null);
        }
        else if (y.Gateway is not null)
        {
            Diagnostics.Add(path.Field("gateway"), "only an export_gateway node has a gateway kind");
        }

        var country = Country(fields.Required(y.Country, path.Field("country")), path.Field("country"));

        fields.OptionalInteger(y.Servers, path.Field("servers"), ScenarioRanges.Servers);
        if (y.RemoteShare is not null && kind != NodeKind.LastMileZone)
        {
            Diagnostics.Add(path.Field("remote_share"), "only a last_mile_zone node has a remote share");
        }

        return new Node
        {
            Id = id,
            Name = y.Name ?? id,
            Kind = kind,
            Gateway = gateway,
            Country = country,
            Servers = y.Servers,
            RemoteShare = fields.Number(y.RemoteShare, path.Field("remote_share"), 0, ScenarioRanges.Probability),
        };
    }

    public CustomsProfile MapProfile(CustomsProfileYaml y, FieldPath path)
    {
        DistributionSpec? Delay(double probability, DistributionYaml? delay, string probabilityName, string delayName)
        {
            if (probability > 0 && delay is null)
            {
                Diagnostics.Add(path.Field(delayName), $"required when {probabilityName} is above 0");
            }

            return delay is null ? null : fields.Distribution(delay, path.Field(delayName), required: true);
        }

        var inspection = fields.Number(y.InspectionProbability, path.Field("inspection_probability"), 0, ScenarioRanges.Probability);
        var hold = fields.Number(y.HoldProbability, path.Field("hold_probability"), 0, ScenarioRanges.Probability);
        var documents = fields.Number(y.DocumentErrorProbability, path.Field("document_error_probability"), 0, ScenarioRanges.Probability);
        return new CustomsProfile
        {
            Id = fields.Required(y.Id, path.Field("id")),
            DeclarationTime = fields.Distribution(y.DeclarationTime, path.Field("declaration_time"), required: true),
            InspectionProbability = inspection,
            InspectionDelay = Delay(inspection, y.InspectionDelay, "inspection_probability", "inspection_delay"),
            HoldProbability = hold,
            HoldDelay = Delay(hold, y.HoldDelay, "hold_probability", "hold_delay"),
            SeizureProbability = fields.Number(y.SeizureProbability, path.Field("seizure_probability"), 0, ScenarioRanges.Probability),
            DocumentErrorProbability = documents,
            DocumentErrorDelay = Delay(documents, y.DocumentErrorDelay, "document_error_probability", "document_error_delay"),
        };
    }

    public ProductClass MapProductClass(ProductClassYaml y, FieldPath path)
    {
        var id = fields.Required(y.Id, path.Field("id"));
        return new ProductClass
        {
            Id = id,
            Name = y.Name ?? id,
            Value = fields.RequiredNumber(y.Value, path.Field("value"), ScenarioRanges.PositiveMoney),
            CustomsValue = fields.OptionalNumber(y.CustomsValue, path.Field("customs_value"), ScenarioRanges.PositiveMoney),
            WeightKg = fields.RequiredNumber(y.WeightKg, path.Field("weight_kg"), ScenarioRanges.WeightKg),
            VolumeM3 = fields.RequiredNumber(y.VolumeM3, path.Field("volume_m3"), ScenarioRanges.VolumeM3),
            ReturnRate = fields.Number(y.ReturnRate, path.Field("return_rate"), 0, ScenarioRanges.Probability),
            PromiseDays = fields.RequiredNumber(y.PromiseDays, path.Field("promise_days"), ScenarioRanges.PromiseDays),
        };
    }

    public Market MapMarket(MarketYaml y, FieldPath path)
    {
        var code = fields.Required(y.Code, path.Field("code"));
        if (code.Length > 0 && (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)))
        {
            Diagnostics.Add(path.Field("code"), $"'{FieldReader.Quote(code)}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)");
        }

        var customsNode = NodeOfKind(y.ImportCustomsNode, path.Field("import_customs_node"), NodeKind.ImportCustomsPoint);
        var lastMile = NodeOfKind(y.LastMileZone, path.Field("last_mile_zone"), NodeKind.LastMileZone);
        fields.Reference(y.ImportCustomsProfile, index.Profiles, path.Field("import_customs_profile"), "customs profile");
        var regimes = fields.Items(y.DutyRegimes, path.Field("duty_regimes"), _ => null, MapRegime, null, _ => "", "duty regime", required: true);
        RegimeChecks.Check(regimes, path.Field("duty_regimes"), Diagnostics);

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

    /// <summary>Checks that <paramref name="id"/> names a node of one of <paramref name="kinds"/>; returns the id as given.</summary>
    public string NodeOfKind(string? id, FieldPath path, params NodeKind[] kinds)
    {
        var node = fields.Reference(id, index.Nodes, path, "node");
        if (node is not null && !kinds.Contains(node.Kind))
        {
            Diagnostics.Add(path, $"node '{node.Id}' is a {FieldReader.Snake(node.Kind.ToString())}, expected {string.Join(" or ", kinds.Select(k => FieldReader.Snake(k.ToString())))}");
        }

        return id ?? "";
    }

    private DutyRegime MapRegime(DutyRegimeYaml y, FieldPath path) => new()
    {
        EffectiveFrom = fields.Date(y.EffectiveFrom, path.Field("effective_from"), required: true),
        Channels = [.. (y.Channels ?? []).Select((c, i) => fields.Enum<DutyChannel>(c, path.Field("channels").Item(i, null), null))],
        Origins = [.. (y.Origins ?? []).Select((c, i) => Country(c, path.Field("origins").Item(i, null)))],
        DutyBase = fields.Enum(y.DutyBase, path.Field("duty_base"), (DutyBase?)DutyBase.Value),
        ImportTaxRecoverable = y.ImportTaxRecoverable ?? false,
        SaleTaxRate = fields.Number(y.SaleTaxRate, path.Field("sale_tax_rate"), 0, ScenarioRanges.Rate),
        DeMinimis = fields.Number(y.DeMinimis, path.Field("de_minimis"), 0, ScenarioRanges.Money),
        TaxDeMinimis = fields.Number(y.TaxDeMinimis, path.Field("tax_de_minimis"), 0, ScenarioRanges.Money),
        DutyRate = fields.Number(y.DutyRate, path.Field("duty_rate"), 0, ScenarioRanges.DutyRate),
        TaxRate = fields.Number(y.TaxRate, path.Field("tax_rate"), 0, ScenarioRanges.Rate),
        PerParcelFee = fields.Number(y.PerParcelFee, path.Field("per_parcel_fee"), 0, ScenarioRanges.Money),
        Clearance = fields.Enum(y.Clearance, path.Field("clearance"), (ClearanceMode?)ClearanceMode.PerParcel),
    };

    private string Country(string country, FieldPath path)
    {
        if (country.Length > 0 && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            Diagnostics.Add(path, $"'{FieldReader.Quote(country)}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)");
        }

        return country;
    }
}
