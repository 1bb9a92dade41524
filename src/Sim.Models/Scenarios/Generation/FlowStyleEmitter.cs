using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Sim.Models.Scenarios.Generation;

/// <summary>
/// Writes the small mappings of a scenario (distributions, costs, timetables, nodes, product classes,
/// duty regimes, stock policies, fulfilment and return entries) and lists of scalars on one line in
/// flow style, as the hand-written baseline does, so a generated scenario reads like one.
/// </summary>
internal sealed class FlowStyleEmitter(IEventEmitter next) : ChainedEventEmitter(next)
{
    private static readonly HashSet<Type> FlowTypes =
    [
        typeof(DistributionYaml), typeof(CostYaml), typeof(CapacityYaml), typeof(TimetableYaml), typeof(TrackingYaml),
        typeof(EmissionsYaml), typeof(NodeYaml), typeof(ProductClassYaml), typeof(DutyRegimeYaml), typeof(StockPolicyYaml),
        typeof(FulfilmentYaml), typeof(PolicyYaml), typeof(ReturnYaml), typeof(SalesPeakYaml),
    ];

    public override void Emit(MappingStartEventInfo eventInfo, YamlDotNet.Core.IEmitter emitter)
    {
        if (FlowTypes.Contains(eventInfo.Source.Type))
        {
            eventInfo.Style = MappingStyle.Flow;
        }

        base.Emit(eventInfo, emitter);
    }

    public override void Emit(SequenceStartEventInfo eventInfo, YamlDotNet.Core.IEmitter emitter)
    {
        if (eventInfo.Source.Type == typeof(List<double>) || eventInfo.Source.Type == typeof(List<string>))
        {
            eventInfo.Style = SequenceStyle.Flow;
        }

        base.Emit(eventInfo, emitter);
    }
}
