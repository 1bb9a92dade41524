using System.Globalization;
using Sim.Models.Inventory;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// Writes a <see cref="Plan"/> as <c>plan.yaml</c>, for people to read and edit and for
/// <see cref="PlanLoader"/> to read back into an equal plan: one block per lane, warehouse and list,
/// each route share, stock policy and small record on one line in flow style; numbers in their
/// shortest round-trip form; optional fields left out when unset. Stateless and thread-safe.
/// </summary>
public static class PlanYamlWriter
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="writer"/>.</summary>
    /// <param name="plan">The plan; written as it is (validate it first with <see cref="PlanValidator"/>).</param>
    /// <param name="writer">Where the YAML goes; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Plan plan, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        // Lines are never wrapped (a flow mapping stays on its line) and end in LF on every platform.
        var settings = EmitterSettings.Default.WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n");
        var yaml = new Emitter(writer, settings);
        yaml.Emit(new StreamStart());
        yaml.Emit(new DocumentStart());
        yaml.Emit(new Comment("A plan: the share of each lane's orders by mode (and warehouse), the open warehouses with", false));
        yaml.Emit(new Comment("their replenishment mode and stock levels, dedicated-line departures and expected figures.", false));
        yaml.Emit(new Comment("Every field is described in scenarios/README.md (section Plans).", false));
        yaml.Emit(new MappingStart());
        if (plan.Scenario.Length > 0)
        {
            Text(yaml, "scenario", plan.Scenario);
        }

        if (plan.Description.Length > 0)
        {
            Text(yaml, "description", plan.Description);
        }

        Key(yaml, "lanes");
        Sequence(yaml, plan.Lanes, lane => WriteLane(yaml, lane));
        if (plan.Warehouses.Count > 0)
        {
            Key(yaml, "warehouses");
            Sequence(yaml, plan.Warehouses, warehouse => WriteWarehouse(yaml, warehouse));
        }

        if (plan.DedicatedLines.Count > 0)
        {
            Key(yaml, "dedicated_lines");
            Sequence(yaml, plan.DedicatedLines, line => Flow(yaml, () =>
            {
                Text(yaml, "mode", line.Mode);
                Key(yaml, "weekly_departures");
                Plain(yaml, line.WeeklyDepartures.ToString(CultureInfo.InvariantCulture));
            }));
        }

        if (plan.Figures is { } figures)
        {
            Key(yaml, "figures");
            yaml.Emit(new MappingStart());
            WriteFigures(yaml, figures.CostPerParcel, figures.MeanDays, figures.OnTimeProbability);
            if (figures.Markets.Count > 0)
            {
                Key(yaml, "markets");
                Sequence(yaml, figures.Markets, market => Flow(yaml, () =>
                {
                    Text(yaml, "market", market.Market);
                    WriteFigures(yaml, market.CostPerParcel, market.MeanDays, market.OnTimeProbability);
                }));
            }

            yaml.Emit(new MappingEnd());
        }

        yaml.Emit(new MappingEnd());
        yaml.Emit(new DocumentEnd(isImplicit: true));
        yaml.Emit(new StreamEnd());
    }

    /// <summary>The plan as <c>plan.yaml</c> text.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string ToYaml(Plan plan)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(plan, writer);
        return writer.ToString();
    }

    private static void WriteLane(Emitter yaml, LanePlan lane)
    {
        yaml.Emit(new MappingStart());
        Text(yaml, "origin", lane.Origin);
        Text(yaml, "market", lane.Market);
        Text(yaml, "product_class", lane.ProductClass);
        if (lane.Segment != OrderSegment.All)
        {
            Text(yaml, "segment", lane.Segment == OrderSegment.B2c ? "b2c" : "b2b");
        }

        Key(yaml, "shares");
        Sequence(yaml, lane.Shares, share => Flow(yaml, () =>
        {
            Text(yaml, "mode", share.Mode);
            if (share.Warehouse is not null)
            {
                Text(yaml, "warehouse", share.Warehouse);
            }

            Number(yaml, "share", share.Share);
        }));
        yaml.Emit(new MappingEnd());
    }

    private static void WriteWarehouse(Emitter yaml, WarehousePlan warehouse)
    {
        yaml.Emit(new MappingStart());
        Text(yaml, "id", warehouse.Id);
        Text(yaml, "replenishment_mode", warehouse.ReplenishmentMode);
        Key(yaml, "policies");
        Sequence(yaml, warehouse.Policies, policy => Flow(yaml, () =>
        {
            Text(yaml, "product_class", policy.ProductClass);
            Text(yaml, "kind", policy.Kind == StockPolicyKind.MinMax ? "min_max" : "base_stock");
            if (policy.ReorderPoint is { } s)
            {
                Number(yaml, "reorder_point", s);
            }

            Number(yaml, "order_up_to", policy.OrderUpTo);
            if (policy.ReviewPeriodDays != 0 || policy.Kind == StockPolicyKind.BaseStock)
            {
                Number(yaml, "review_period_days", policy.ReviewPeriodDays);
            }

            if (policy.InitialStock is { } initial)
            {
                Number(yaml, "initial_stock", initial);
            }

            if (policy.FallbackMode is not null)
            {
                Text(yaml, "fallback_mode", policy.FallbackMode);
            }
        }));
        yaml.Emit(new MappingEnd());
    }

    private static void WriteFigures(Emitter yaml, double? cost, double? meanDays, double? onTime)
    {
        if (cost is { } c)
        {
            Number(yaml, "cost_per_parcel", c);
        }

        if (meanDays is { } d)
        {
            Number(yaml, "mean_days", d);
        }

        if (onTime is { } p)
        {
            Number(yaml, "on_time_probability", p);
        }
    }

    private static void Sequence<T>(Emitter yaml, IEnumerable<T> items, Action<T> write)
    {
        yaml.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        foreach (var item in items)
        {
            write(item);
        }

        yaml.Emit(new SequenceEnd());
    }

    private static void Flow(Emitter yaml, Action body)
    {
        yaml.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
        body();
        yaml.Emit(new MappingEnd());
    }

    private static void Key(Emitter yaml, string key) => Plain(yaml, key);

    private static void Plain(Emitter yaml, string value) => yaml.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));

    private static void Text(Emitter yaml, string key, string value)
    {
        Key(yaml, key);

        // A value YAML would read as null, a boolean or a number is quoted, so it reads back as the same text.
        var ambiguous = value.Length == 0 || value.Trim() != value
            || value is "~" || value.Equals("null", StringComparison.OrdinalIgnoreCase)
            || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase)
            || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        yaml.Emit(new Scalar(null, null, value, ambiguous ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
    }

    private static void Number(Emitter yaml, string key, double value)
    {
        Key(yaml, key);
        Plain(yaml, double.IsNaN(value) ? ".nan"
            : double.IsPositiveInfinity(value) ? ".inf"
            : double.IsNegativeInfinity(value) ? "-.inf"
            : value.ToString("R", CultureInfo.InvariantCulture));
    }
}
