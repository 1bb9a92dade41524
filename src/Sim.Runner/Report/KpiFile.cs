using Sim.Runner.Studies;

namespace Sim.Runner.Report;

/// <summary>The rows of a result folder's <c>kpis.csv</c>, as text (the report shows them as written). Immutable.</summary>
/// <param name="Group">The group key.</param>
/// <param name="Kpi">The KPI.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Mean">The mean as written; empty for no data.</param>
/// <param name="HalfWidth">The 95% half-width as written; empty when undefined.</param>
internal sealed record KpiFile(string Group, string Kpi, string Unit, string Mean, string HalfWidth)
{
    private static readonly string[] Header = ["group", "kpi", "unit", "mean", "half_width_95", "replications"];

    /// <summary>The mean with its half-width, <c>12.3 ± 0.4</c>, or <c>-</c> without data.</summary>
    public string Display => Mean.Length == 0 ? "-" : HalfWidth.Length == 0 ? Mean : $"{Mean} ± {HalfWidth}";

    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <exception cref="ResultFileException">The file is missing or not a KPI table.</exception>
    public static IReadOnlyList<KpiFile> Read(string path)
    {
        var rows = new List<KpiFile>();
        ResultCsv.ForEach(path, Header, (csv, _) => rows.Add(new KpiFile(csv.GetString(0), csv.GetString(1), csv.GetString(2), csv.GetString(3), csv.GetString(4))));
        return rows;
    }
}
