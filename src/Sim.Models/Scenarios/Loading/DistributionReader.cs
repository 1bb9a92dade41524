using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Reads a duration distribution (<c>{kind, mean, cv, min, mode, max, unit}</c>): the parameters
/// the kind uses must be given and the others not; every time parameter is at most one year
/// (<see cref="ScenarioRanges.MaxDurationHours"/>) in the distribution's own unit, the mean positive
/// (zero allowed for a constant), the CV in <see cref="ScenarioRanges.Cv"/>. Not thread-safe.
/// </summary>
internal sealed class DistributionReader(FieldReader fields)
{
    public DistributionSpec Read(DistributionYaml? y, FieldPath path, bool required, DistributionSpec? fallback)
    {
        if (y is null)
        {
            if (required)
            {
                fields.Diagnostics.Add(path, "required field is missing (a distribution such as {kind: lognormal, mean: 2, cv: 0.5, unit: hours})");
            }

            return fallback ?? DistributionSpec.ConstantHours(0);
        }

        var kind = fields.Enum<DistributionKind>(y.Kind, path.Field("kind"), null);
        var unit = fields.Enum(y.Unit, path.Field("unit"), (TimeUnit?)TimeUnit.Hours);
        string[] uses = kind switch
        {
            DistributionKind.Constant or DistributionKind.Exponential => ["mean"],
            DistributionKind.Uniform => ["min", "max"],
            DistributionKind.Triangular => ["min", "mode", "max"],
            _ => ["mean", "cv"],
        };
        var given = new (string Name, double? Value)[] { ("mean", y.Mean), ("cv", y.Cv), ("min", y.Min), ("mode", y.Mode), ("max", y.Max) };
        var kindName = FieldReader.Snake(kind.ToString());
        foreach (var (name, value) in given)
        {
            if (value is not null && !uses.Contains(name))
            {
                fields.Diagnostics.Add(path.Field(name), $"is not used by a {kindName} distribution (it takes {string.Join(", ", uses)})");
            }
            else if (value is null && uses.Contains(name))
            {
                fields.Diagnostics.Add(path.Field(name), $"required field is missing for a {kindName} distribution");
            }
        }

        var hoursPerUnit = new DistributionSpec { Kind = kind, Unit = unit }.ToHours(1);
        var unitName = FieldReader.Snake(unit.ToString());
        var time = new NumberRange(0, ScenarioRanges.MaxDurationHours / hoursPerUnit, unitName);
        var mean = fields.Number(y.Mean, path.Field("mean"), 0, time with { MinExclusive = kind != DistributionKind.Constant });
        var cv = fields.Number(y.Cv, path.Field("cv"), 0, ScenarioRanges.Cv);
        var min = fields.Number(y.Min, path.Field("min"), 0, time);
        var max = fields.Number(y.Max, path.Field("max"), 0, time);
        var mode = fields.Number(y.Mode, path.Field("mode"), 0, time);
        if (y.Min is not null && y.Max is not null && max < min)
        {
            fields.Diagnostics.Add(path.Field("max"), $"{FieldReader.Format(max)} is below min {FieldReader.Format(min)}");
        }

        if (kind == DistributionKind.Triangular && y.Mode is not null && (mode < min || mode > max))
        {
            fields.Diagnostics.Add(path.Field("mode"), $"{FieldReader.Format(mode)} must lie between min and max");
        }

        return new DistributionSpec { Kind = kind, Mean = mean, Cv = cv, Min = min, Mode = mode, Max = max, Unit = unit };
    }
}
