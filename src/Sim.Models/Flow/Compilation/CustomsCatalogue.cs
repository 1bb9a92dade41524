using Sim.Models.Customs;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// What customs legs need while a network is compiled: the profile a leg uses in a market, compiled
/// once; the duty regimes of each market for goods of each channel and origin country, built once per
/// such triple; and the origin country of a route's goods. Used on one thread.
/// </summary>
internal sealed class CustomsCatalogue
{
    private readonly Dictionary<(string Market, DutyChannel Channel, string Country), DutyRegimeSchedule> _schedules = [];
    private readonly Dictionary<string, CompiledCustomsProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomsProfile> _profileSpecs;
    private readonly Dictionary<string, Market> _markets;
    private readonly Dictionary<string, Node> _nodes;
    private readonly DateOnly _startDate;

    public CustomsCatalogue(Scenario scenario)
    {
        _profileSpecs = scenario.CustomsProfiles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _markets = scenario.Markets.ToDictionary(m => m.Code, StringComparer.Ordinal);
        _nodes = scenario.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _startDate = scenario.StartDate;
    }

    /// <summary>
    /// The profile of customs leg <paramref name="leg"/> in <paramref name="marketCode"/>, compiled once: on
    /// import legs the leg's profile for the market (an express carrier's own broker), else the leg's
    /// profile, else the market's import profile; export legs name theirs.
    /// </summary>
    public CompiledCustomsProfile ProfileFor(Leg leg, string marketCode)
    {
        bool import = leg.Kind.IsImportCustoms();
        string id = (import && leg.CustomsProfiles.TryGetValue(marketCode, out var forMarket) ? forMarket : null)
            ?? leg.CustomsProfile
            ?? (import ? _markets[marketCode].ImportCustomsProfile : throw new InvalidOperationException($"Export customs leg {leg.Id} names no customs profile."));
        if (!_profiles.TryGetValue(id, out var profile))
        {
            profile = new CompiledCustomsProfile(_profileSpecs.TryGetValue(id, out var spec) ? spec : throw new InvalidOperationException($"Unknown customs profile '{id}'."));
            _profiles.Add(id, profile);
        }

        return profile;
    }

    /// <summary>The regimes of <paramref name="marketCode"/> that apply to <paramref name="channel"/> goods from <paramref name="country"/>.</summary>
    public DutyRegimeSchedule For(string marketCode, DutyChannel channel, string country)
    {
        var key = (marketCode, channel, country);
        if (!_schedules.TryGetValue(key, out var schedule))
        {
            schedule = DutyRegimeSchedule.For(_markets[marketCode].DutyRegimes, channel, country, _startDate);
            _schedules.Add(key, schedule);
        }

        return schedule;
    }

    /// <summary>
    /// The country the goods on a route from <paramref name="origin"/> come from: on a route from a
    /// warehouse, the country its stock comes from; else the origin node's; empty for none (returns to the origin).
    /// </summary>
    public string GoodsCountry(string origin, CompiledWarehouseRef warehouse)
    {
        string node = warehouse.Id == origin && warehouse.GoodsOrigin is { } goods ? goods : origin;
        return _nodes.TryGetValue(node, out var spec) ? spec.Country : "";
    }
}
