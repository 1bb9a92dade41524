using Sim.Models.Customs;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

/// <summary>Customs by channel, duty regimes by channel and origin, landed cost and remote areas, as written.</summary>
public sealed partial class ScenarioLoaderTests
{
    private const string SecondRegime = "      - {effective_from: 2025-05-02, de_minimis: 0, duty_rate: 0.3, per_parcel_fee: 2.5}";
    private const string PostalImport = "      - {id: import-customs, kind: import_customs, processing_time: {kind: constant, mean: 0}}";
    private const string ExpressLastMile = "      - {id: last-mile, kind: last_mile, processing_time: {kind: uniform, min: 1, max: 2, unit: days}}";
    private const string Zone = "  - {id: us-last-mile, kind: last_mile_zone, country: US}";

    [Fact]
    public void Load_CustomsByChannelAndLandedCost_MapsEveryField()
    {
        using var files = ScenarioFiles.Edited(
            (SecondRegime, SecondRegime + "\n      - {effective_from: 2025-05-02, channels: [postal], origins: [CN], duty_rate: 0.15, duty_base: excess, import_tax_recoverable: true, sale_tax_rate: 0.07}"),
            (PostalImport, PostalImport.Replace("}}", "}, customs_profiles: {US: cn-export}}", StringComparison.Ordinal)),
            (ExpressLastMile, ExpressLastMile.Replace("}}", "}, remote_area_surcharge: 12}", StringComparison.Ordinal)),
            (Zone, Zone.Replace("}", ", remote_share: 0.05}", StringComparison.Ordinal)),
            ("    kind: international_express", "    kind: international_express\n    customs_channel: postal"));

        var scenario = ScenarioLoader.Load(files.YamlPath);

        var regime = scenario.Markets[0].DutyRegimes[2];
        Assert.Equal([DutyChannel.Postal], regime.Channels);
        Assert.Equal(["CN"], regime.Origins);
        Assert.Equal((DutyBase.Excess, true, 0.07), (regime.DutyBase, regime.ImportTaxRecoverable, regime.SaleTaxRate));
        Assert.True(scenario.Markets[0].DutyRegimes[1].AppliesToAll);
        var postal = scenario.Modes.Single(m => m.Id == "postal");
        Assert.Equal("cn-export", postal.Legs.Single(l => l.Id == "import-customs").CustomsProfiles["US"]);
        Assert.Equal(DutyChannel.Postal, postal.Channel);
        var express = scenario.Modes.Single(m => m.Id == "express");
        Assert.Equal((DutyChannel.Postal, 12.0), (express.Channel, express.Legs.Single(l => l.Id == "last-mile").RemoteAreaSurcharge));
        Assert.Equal(0.05, scenario.Nodes.Single(n => n.Kind == NodeKind.LastMileZone).RemoteShare);
        Assert.Equal(DutyChannel.Commercial, scenario.Modes.Single(m => m.Id == "sea").Channel);
    }

    [Theory]
    [InlineData(SecondRegime, "channels: [mail], duty_rate", "markets[US].duty_regimes[2].channels[0]", "'mail' is not one of postal, express, commercial")]
    [InlineData(SecondRegime, "origins: [China], duty_rate", "markets[US].duty_regimes[2].origins[0]", "not an ISO 3166-1 alpha-2 code")]
    [InlineData(SecondRegime, "origins: [CN], duty_base: margin, duty_rate", "markets[US].duty_regimes[2].duty_base", "'margin' is not one of value, excess")]
    [InlineData(SecondRegime, "origins: [CN], sale_tax_rate: 1.5, duty_rate", "markets[US].duty_regimes[2].sale_tax_rate", "must be in [0, 1]")]
    [InlineData(SecondRegime, "duty_rate", "markets[US].duty_regimes[2].effective_from", "regime 1 applies to the same channels and origins from the same date")]
    public void Validate_BadRegimeByChannel_NamesTheField(string find, string fields, string path, string reason)
    {
        using var files = ScenarioFiles.With(find, find + "\n" + SecondRegime.Replace("duty_rate", fields, StringComparison.Ordinal));

        var error = OnlyError(files);

        Assert.Equal(path, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryRegimeNarrowed_NoParcelWithoutARegime()
    {
        using var files = ScenarioFiles.Edited(
            ("{effective_from: 2016-03-10,", "{effective_from: 2016-03-10, channels: [postal],"),
            ("{effective_from: 2025-05-02,", "{effective_from: 2025-05-02, origins: [CN],"));

        var error = OnlyError(files);

        Assert.Equal("markets[US].duty_regimes", error.Field);
        Assert.Contains("at least one regime must name neither channels nor origins", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PostalImport, "customs_profiles: {MX: us-import}", "modes[postal].legs[import-customs].customs_profiles.MX", "unknown market 'MX'")]
    [InlineData(PostalImport, "customs_profiles: {US: us-broker}", "modes[postal].legs[import-customs].customs_profiles.US", "unknown customs profile 'us-broker'")]
    [InlineData(ExpressLastMile, "customs_profiles: {US: us-import}", "modes[express].legs[last-mile].customs_profiles", "only an import_customs leg takes customs profiles per market")]
    [InlineData(PostalImport, "remote_area_surcharge: 5", "modes[postal].legs[import-customs].remote_area_surcharge", "only a last_mile leg takes a remote-area surcharge")]
    [InlineData(ExpressLastMile, "remote_area_surcharge: -5", "modes[express].legs[last-mile].remote_area_surcharge", "must be in [0, 1e9]")]
    public void Validate_BadCustomsOrRemoteLegField_NamesTheField(string leg, string field, string path, string reason)
    {
        using var files = ScenarioFiles.With(leg, leg.Replace("}}", "}, " + field + "}", StringComparison.Ordinal));

        var error = OnlyError(files);

        Assert.Equal(path, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - {id: us-customs, kind: import_customs_point, country: US}", "remote_share: 0.1", "nodes[us-customs].remote_share", "only a last_mile_zone node has a remote share")]
    [InlineData(Zone, "remote_share: 1.2", "nodes[us-last-mile].remote_share", "must be in [0, 1]")]
    public void Validate_BadRemoteShare_NamesTheField(string node, string field, string path, string reason)
    {
        using var files = ScenarioFiles.With(node, node.Replace("}", ", " + field + "}", StringComparison.Ordinal));

        var error = OnlyError(files);

        Assert.Equal(path, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownCustomsChannel_NamesTheMode()
    {
        using var files = ScenarioFiles.With("    kind: international_express", "    kind: international_express\n    customs_channel: courier");

        var error = OnlyError(files);

        Assert.Equal("modes[express].customs_channel", error.Field);
        Assert.Contains("'courier' is not one of postal, express, commercial", error.Reason, StringComparison.Ordinal);
    }
}
