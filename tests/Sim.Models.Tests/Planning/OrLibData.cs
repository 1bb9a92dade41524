using System.Globalization;
using CsvHelper;

namespace Sim.Models.Tests.Planning;

/// <summary>Locates the OR-Library instances kept in the repository (tests/data/orlib-cflp) and their optima.</summary>
internal static class OrLibData
{
    public static string Directory { get; } = Locate();

    public static string PathOf(string instance) => System.IO.Path.Combine(Directory, instance + ".txt");

    public static double CapacitatedOptimum(string instance) => Optima().Single(o => o.Instance == instance && o.Capacity is null).Capacitated!.Value;

    public static double UncapacitatedOptimum(string instance) => Optima().First(o => o.Instance == instance && o.Uncapacitated is not null).Uncapacitated!.Value;

    public static IReadOnlyList<OptimumRow> Optima()
    {
        using var csv = CsvReader.FromFile(System.IO.Path.Combine(Directory, "optima.csv"), null);
        var rows = new List<OptimumRow>();
        while (csv.Read())
        {
            rows.Add(new OptimumRow(
                csv.GetString("instance"),
                Number(csv.GetString("capacity")),
                Number(csv.GetString("optimal_cost_capacitated")),
                Number(csv.GetString("optimal_cost_uncapacitated"))));
        }

        return rows;
    }

    private static double? Number(string field) =>
        field.Length == 0 ? null : double.Parse(field, CultureInfo.InvariantCulture);

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "tests", "data", "orlib-cflp"));
            }
        }

        throw new InvalidOperationException($"Simulation.sln not found above {AppContext.BaseDirectory}.");
    }

    internal sealed record OptimumRow(string Instance, double? Capacity, double? Capacitated, double? Uncapacitated);
}
