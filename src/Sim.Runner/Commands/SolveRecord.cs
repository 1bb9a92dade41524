using System.Text.Json;
using Sim.Models.Planning.NetworkDesign;
using Sim.Runner.Output;

namespace Sim.Runner.Commands;

/// <summary>
/// <c>solve.json</c>: how the plan's MIP was solved (status, objective and bound per day, gap, nodes,
/// the model's size), the expected figures, and the seed and replications of the simulations. No
/// times: the same scenario, options and seed give the same file. Stateless.
/// </summary>
internal static class SolveRecord
{
    /// <summary>The relative gap at or below which a plan counts as proven optimal.</summary>
    public const double ProvenGap = 1e-6;

    public static void Write(Stream stream, NetworkDesignSolution solution, Study study)
    {
        var model = solution.Design.Model;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", study.Scenario.Name);
        json.WriteString("status", solution.Status.ToString());
        json.WriteBoolean("proven_optimal", solution.Status == Sim.Engine.Optimisation.SolveStatus.Optimal && solution.Gap <= ProvenGap);
        Number(json, "objective_per_day", solution.Result.Objective);
        Number(json, "best_bound_per_day", solution.Result.BestBound);
        Number(json, "gap", PlanningCsv.Gap(solution.Gap));
        json.WriteNumber("nodes", solution.Result.Nodes);
        json.WriteNumber("variables", model.VariableCount);
        json.WriteNumber("integer_variables", model.IntegerCount);
        json.WriteNumber("constraints", model.ConstraintCount);
        Number(json, "delay_cost_per_day", solution.DelayCostPerDay);
        json.WriteStartObject("planned");
        Figures(json, "all", solution.Overall);
        foreach (var (market, figures) in solution.Markets)
        {
            Figures(json, "market=" + market, figures);
        }

        json.WriteEndObject();
        json.WriteNumber("seed", study.Seed);
        json.WriteNumber("replications", study.Replications);
        json.WriteEndObject();
    }

    private static void Figures(Utf8JsonWriter json, string name, PlannedFigures figures)
    {
        json.WriteStartObject(name);
        Number(json, "orders_per_day", figures.OrdersPerDay);
        Number(json, "cost_per_parcel", figures.CostPerOrder);
        Number(json, "delivery_days_mean", figures.MeanDays);
        Number(json, "on_time_rate", figures.OnTimeProbability);
        json.WriteEndObject();
    }

    // JSON has no NaN or infinity: an unknown value is null.
    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (KpiNumbers.Round(value) is { } rounded)
        {
            json.WriteNumber(name, rounded);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
