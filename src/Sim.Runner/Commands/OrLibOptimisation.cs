using System.Buffers;
using System.Text;
using System.Text.Json;
using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning;
using Sim.Runner.Output;

namespace Sim.Runner.Commands;

/// <summary>
/// <c>sim optimise --orlib-cflp FILE...</c>: solves OR-Library capacitated warehouse-location files
/// and prints, for each, one JSON object on a line of its own (instance, status, objective,
/// bestBound, gap, openWarehouses numbered from 1 as in the file, seconds) on standard output.
/// Several files are solved one after the other in one process, so a batch pays the program's
/// start-up once; every file is read and checked before the first solve, so bad input prints
/// nothing. Exit codes: 0 a plan was found for every file (optimal, or feasible when a limit
/// stopped the search: see <c>status</c>), 2 bad input, 3 infeasible or no plan within the limit
/// for some file, 1 anything else (unbounded, solver error, missing CBC).
/// </summary>
internal static class OrLibOptimisation
{
    /// <summary>The exit code for a solve status (0 plan found, 3 infeasible / no plan, 1 otherwise).</summary>
    /// <param name="status">The status.</param>
    internal static int ExitCode(SolveStatus status) => status switch
    {
        SolveStatus.Optimal or SolveStatus.FeasibleLimitReached => ExitCodes.Success,
        SolveStatus.Infeasible or SolveStatus.NoSolutionLimitReached => ExitCodes.Infeasible,
        _ => ExitCodes.Failure,
    };

    /// <summary>Reads and solves the files of <paramref name="request"/>.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(OptimiseRequest request, TextWriter output, TextWriter error)
    {
        if (request.WriteLp is not null && request.Files.Count != 1)
        {
            error.WriteLine("sim optimise: --write-lp takes one model: give one --orlib-cflp file with it.");
            return ExitCodes.BadInput;
        }

        if (request.WriteLp is not null && WritableFile.Problem(request.WriteLp.ToString()) is { } problem)
        {
            error.WriteLine($"sim optimise: --write-lp: {problem}; nothing was solved.");
            return ExitCodes.BadInput;
        }

        var instances = new List<FacilityLocationInstance>(request.Files.Count);
        foreach (FileInfo file in request.Files)
        {
            try
            {
                // Uncapacitated runs of capa/capb/capc need no --capacity: the keyword then means "unlimited".
                instances.Add(OrLibCflpReader.Read(file.ToString(), request.Capacity ?? (request.Uncapacitated ? double.PositiveInfinity : null)));
            }
            catch (OrLibFormatException exception)
            {
                error.WriteLine($"sim optimise: {exception.Message}");
                return ExitCodes.BadInput;
            }
        }

        int exitCode = ExitCodes.Success;
        foreach (FacilityLocationInstance instance in instances)
        {
            int code = Solve(instance, request, output, error);
            if (code == ExitCodes.Failure || (code == ExitCodes.Infeasible && exitCode == ExitCodes.Success))
            {
                exitCode = code;
            }
        }

        return exitCode;
    }

    private static int Solve(FacilityLocationInstance instance, OptimiseRequest request, TextWriter output, TextWriter error)
    {
        var formulation = CapacitatedFacilityLocation.Build(instance, new FacilityLocationOptions { Uncapacitated = request.Uncapacitated });
        if (request.WriteLp is not null)
        {
            LpFileWriter.WriteFile(formulation.Model, request.WriteLp.FullName);
        }

        var options = new SolverOptions
        {
            TimeLimit = request.TimeLimit is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            RelativeGap = request.Gap ?? 0.0,
            Threads = request.Threads ?? 1,
            LogLevel = request.Verbose ? 1 : 0,
        };
        FacilityLocationResult result;
        try
        {
            result = formulation.Solve(new CbcSolver(), options);
        }
        catch (SolverUnavailableException exception)
        {
            error.WriteLine($"sim optimise: {exception.Message}");
            return ExitCodes.Failure;
        }

        if (request.Verbose)
        {
            error.Write(result.Log);
        }

        output.WriteLine(Json(result));
        return ExitCode(result.Status);
    }

    private static string Json(FacilityLocationResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("instance", result.Instance);
            json.WriteString("status", result.Status.ToString());
            WriteNumber(json, "objective", result.TotalCost);
            WriteNumber(json, "bestBound", result.BestBound);
            WriteNumber(json, "gap", result.Gap);
            json.WriteStartArray("openWarehouses");
            foreach (var warehouse in result.OpenWarehouses)
            {
                json.WriteNumberValue(warehouse + 1);
            }

            json.WriteEndArray();
            WriteNumber(json, "seconds", Math.Round(result.Seconds, 3));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        // JSON has no NaN or infinity: an unknown value is null.
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
