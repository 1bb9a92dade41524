namespace Sim.Benchmarks.Optimisation;

/// <summary>Finds an instance under tests/data/orlib-cflp of the repository (the folder holding Simulation.sln).</summary>
internal static class OrLibDataPath
{
    public static string Of(string instance)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "tests", "data", "orlib-cflp", instance + ".txt"));
            }
        }

        throw new InvalidOperationException($"Simulation.sln not found above {AppContext.BaseDirectory}.");
    }
}
