using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Sim.Engine.Optimisation.Cbc;

/// <summary>
/// The COIN-OR CBC backend (branch and cut; Clp for pure LPs), through CBC's C interface. Each
/// solve loads the model into a fresh native model in bulk (compressed columns), runs CBC's
/// standard solver driver with the given options, copies the results out and frees the native
/// model. CBC's driver keeps global state and the log capture redirects the process's standard
/// output, so solves are serialised process-wide: the class is thread-safe, but concurrent solves
/// queue. While a solve runs, anything else the process prints to standard output goes into that
/// solve's <see cref="SolveResult.Log"/>.
/// </summary>
public sealed class CbcSolver : IMipSolver
{
    private const string InstallHint = "install it with `sudo apt-get install coinor-libcbc-dev` (Debian/Ubuntu)";

    // CBC's driver (CbcMain1) uses process-global variables, and the log capture redirects the
    // process-wide stdout: one solve at a time in the whole process.
    private static readonly Lock SolveLock = new();

    private readonly IReadOnlyList<string> _libraryCandidates;
    private readonly Lazy<SolverAvailability> _availability;

    /// <summary>Creates the backend; the native library is looked for on first use.</summary>
    public CbcSolver()
        : this(CbcNativeMethods.CbcLibraryCandidates)
    {
    }

    /// <summary>Creates a backend that looks for CBC under other file names (tests use missing ones).</summary>
    internal CbcSolver(IReadOnlyList<string> libraryCandidates)
    {
        _libraryCandidates = libraryCandidates;
        _availability = new Lazy<SolverAvailability>(ProbeLibrary, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string Name => "CBC";

    /// <summary>Whether libCbcSolver loads; the description is CBC's version, or what to install.</summary>
    public SolverAvailability Probe() => _availability.Value;

    /// <inheritdoc />
    public SolveResult Solve(LinearModel model, SolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MipStart is { } start && start.Count != model.VariableCount)
        {
            throw new ArgumentException($"The MIP start has {start.Count} values; the model has {model.VariableCount} variables.", nameof(options));
        }

        EnsureAvailable();
        var stopwatch = Stopwatch.StartNew();
        var matrix = model.ToCompressedColumns();
        lock (SolveLock)
        {
            using var capture = NativeOutputCapture.Start();
            Outcome outcome;
            string log;
            try
            {
                using var handle = CbcNativeMethods.Cbc_newModel();
                if (handle.IsInvalid)
                {
                    throw new InvalidOperationException("CBC could not create a model (Cbc_newModel returned null).");
                }

                Load(handle, model, matrix);
                Configure(handle, model, options);
                outcome = Run(handle, model.VariableCount, model.IntegerCount > 0);
            }
            finally
            {
                log = capture.Finish();
            }

            return ToResult(outcome, model, log, stopwatch.Elapsed.TotalSeconds);
        }
    }

    /// <summary>
    /// Reads a CPLEX LP file with CBC's own reader and solves it: a way to check that a file
    /// written by <see cref="LpFileWriter"/> means the same model to another program.
    /// </summary>
    /// <param name="path">The LP file.</param>
    /// <param name="options">Options; <see cref="SolverOptions.MipStart"/> is not supported here and must be null.</param>
    /// <returns>The outcome; objective and bound as CBC reports them (the file's objective constant is not added).</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">CBC could not read the file.</exception>
    public SolveResult SolveLpFile(string path, SolverOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MipStart is not null)
        {
            throw new ArgumentException("A MIP start is not supported when solving a file.", nameof(options));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("LP file not found.", path);
        }

        EnsureAvailable();
        var stopwatch = Stopwatch.StartNew();
        lock (SolveLock)
        {
            using var capture = NativeOutputCapture.Start();
            Outcome outcome;
            double[] objective;
            string log;
            bool read;
            try
            {
                using var handle = CbcNativeMethods.Cbc_newModel();
                read = CbcNativeMethods.Cbc_readLp(handle, Path.GetFullPath(path)) == 0;
                var columns = CbcNativeMethods.Cbc_getNumCols(handle);
                objective = read ? CopyArray(CbcNativeMethods.Cbc_getObjCoefficients(handle), columns) : [];
                ApplyParameters(handle, options);
                outcome = read ? Run(handle, columns, CbcNativeMethods.Cbc_getNumIntegers(handle) > 0) : default;
            }
            finally
            {
                log = capture.Finish();
            }

            if (!read)
            {
                throw new InvalidDataException($"CBC could not read the LP file '{path}': {log}");
            }

            var values = outcome.Values ?? [];
            var value = double.NaN;
            if (outcome.Values is not null)
            {
                value = 0.0;
                for (var j = 0; j < objective.Length; j++)
                {
                    value += objective[j] * values[j];
                }
            }

            return new SolveResult
            {
                Status = outcome.Status,
                Objective = value,
                BestBound = outcome.Status == SolveStatus.Optimal && outcome.IsContinuous ? value : outcome.BestBound,
                Gap = SolveResult.RelativeGap(value, outcome.Status == SolveStatus.Optimal && outcome.IsContinuous ? value : outcome.BestBound),
                Values = values,
                Nodes = outcome.Nodes,
                Seconds = stopwatch.Elapsed.TotalSeconds,
                Log = log,
            };
        }
    }

    private SolverAvailability ProbeLibrary()
    {
        if (!CbcNativeMethods.TryLoadFirst(_libraryCandidates, out _))
        {
            return new SolverAvailability(
                false,
                $"The COIN-OR CBC library ({string.Join(" or ", _libraryCandidates)}) was not found; {InstallHint}.");
        }

        try
        {
            var version = Marshal.PtrToStringUTF8(CbcNativeMethods.Cbc_getVersion()) ?? "unknown";
            return new SolverAvailability(true, $"COIN-OR CBC {version}");
        }
        catch (EntryPointNotFoundException exception)
        {
            return new SolverAvailability(false, $"The CBC library loaded but lacks its C interface ({exception.Message}); {InstallHint}.");
        }
        catch (DllNotFoundException exception)
        {
            return new SolverAvailability(false, $"The CBC library could not be loaded ({exception.Message}); {InstallHint}.");
        }
    }

    private void EnsureAvailable()
    {
        var availability = Probe();
        if (!availability.IsAvailable)
        {
            throw new SolverUnavailableException(availability.Description);
        }
    }

    private static unsafe void Load(CbcModelHandle handle, LinearModel model, CompressedColumnMatrix matrix)
    {
        var columnLower = Finite(model.VariableLowerBounds);
        var columnUpper = Finite(model.VariableUpperBounds);
        var rowLower = Finite(model.ConstraintLowerBounds);
        var rowUpper = Finite(model.ConstraintUpperBounds);
        fixed (int* starts = matrix.Starts)
        fixed (int* rows = matrix.RowIndices)
        fixed (double* values = matrix.Values)
        fixed (double* objective = model.ObjectiveCoefficients)
        fixed (double* cl = columnLower)
        fixed (double* cu = columnUpper)
        fixed (double* rl = rowLower)
        fixed (double* ru = rowUpper)
        {
            // fixed over an empty array yields null, which CBC reads as "use the default": give it
            // a valid start array even for a model without columns.
            var zero = 0;
            CbcNativeMethods.Cbc_loadProblem(
                handle, model.VariableCount, model.ConstraintCount, starts == null ? &zero : starts, rows, values,
                cl, cu, objective, rl, ru);
        }

        CbcNativeMethods.Cbc_setObjSense(handle, model.ObjectiveSense == Sense.Maximise ? -1.0 : 1.0);
        var kinds = model.VariableKinds;
        for (var j = 0; j < kinds.Length; j++)
        {
            if (kinds[j] != VariableKind.Continuous)
            {
                CbcNativeMethods.Cbc_setInteger(handle, j);
            }
        }
    }

    private static unsafe void Configure(CbcModelHandle handle, LinearModel model, SolverOptions options)
    {
        ApplyParameters(handle, options);
        if (options.MipStart is not { } start)
        {
            return;
        }

        var kinds = model.VariableKinds;
        var columns = new List<int>();
        var values = new List<double>();
        for (var j = 0; j < kinds.Length; j++)
        {
            if (kinds[j] != VariableKind.Continuous)
            {
                columns.Add(j);
                values.Add(Math.Round(start[j]));
            }
        }

        fixed (int* c = CollectionsMarshal.AsSpan(columns))
        fixed (double* v = CollectionsMarshal.AsSpan(values))
        {
            CbcNativeMethods.Cbc_setMIPStartI(handle, columns.Count, c, v);
        }
    }

    private static void ApplyParameters(CbcModelHandle handle, SolverOptions options)
    {
        var invariant = CultureInfo.InvariantCulture;
        CbcNativeMethods.Cbc_setLogLevel(handle, options.LogLevel);
        CbcNativeMethods.Cbc_setParameter(handle, "log", options.LogLevel.ToString(invariant));
        CbcNativeMethods.Cbc_setParameter(handle, "timeMode", "elapsed");
        if (options.TimeLimit is { } limit)
        {
            CbcNativeMethods.Cbc_setParameter(handle, "sec", limit.TotalSeconds.ToString("R", invariant));
        }

        if (options.RelativeGap > 0)
        {
            CbcNativeMethods.Cbc_setParameter(handle, "ratioGap", options.RelativeGap.ToString("R", invariant));
        }

        if (options.Threads > 1)
        {
            CbcNativeMethods.Cbc_setParameter(handle, "threads", options.Threads.ToString(invariant));
        }
    }

    private static Outcome Run(CbcModelHandle handle, int columnCount, bool hasIntegers)
    {
        CbcNativeMethods.Cbc_solve(handle);
        if (!hasIntegers)
        {
            return RunContinuous(handle, columnCount);
        }

        var best = CbcNativeMethods.Cbc_bestSolution(handle);
        var values = best == IntPtr.Zero ? null : CopyArray(best, columnCount);
        var nodes = CbcNativeMethods.Cbc_getNodeCount(handle);
        var bound = CbcNativeMethods.Cbc_getBestPossibleObjValue(handle);
        var status = CbcNativeMethods.Cbc_status(handle);
        var secondary = CbcNativeMethods.Cbc_secondaryStatus(handle);
        var limitReached = status == 1
            || CbcNativeMethods.Cbc_isSecondsLimitReached(handle) != 0
            || CbcNativeMethods.Cbc_isNodeLimitReached(handle) != 0
            || CbcNativeMethods.Cbc_isSolutionLimitReached(handle) != 0;
        SolveStatus mapped;
        if (limitReached)
        {
            // Checked first: a solve stopped by a limit is never reported as optimal.
            mapped = values is null ? SolveStatus.NoSolutionLimitReached : SolveStatus.FeasibleLimitReached;
        }
        else if (CbcNativeMethods.Cbc_isProvenOptimal(handle) != 0 && values is not null)
        {
            mapped = SolveStatus.Optimal;
        }
        else if (CbcNativeMethods.Cbc_isContinuousUnbounded(handle) != 0 || secondary == 7)
        {
            mapped = SolveStatus.Unbounded;
        }
        else if (CbcNativeMethods.Cbc_isProvenInfeasible(handle) != 0 || secondary == 1)
        {
            mapped = SolveStatus.Infeasible;
        }
        else
        {
            mapped = SolveStatus.Error;
        }

        return new Outcome(mapped, values, Math.Abs(bound) >= 1e30 ? double.NaN : bound, nodes, false);
    }

    private static Outcome RunContinuous(CbcModelHandle handle, int columnCount)
    {
        if (CbcNativeMethods.Cbc_isProvenOptimal(handle) != 0)
        {
            return new Outcome(SolveStatus.Optimal, CopyArray(CbcNativeMethods.Cbc_getColSolution(handle), columnCount), double.NaN, 0, true);
        }

        if (CbcNativeMethods.Cbc_isAbandoned(handle) != 0)
        {
            return new Outcome(SolveStatus.Error, null, double.NaN, 0, true);
        }

        // For an LP, CBC's C interface reports primal and dual infeasibility alike as
        // "infeasible". The model is unbounded exactly when it is feasible, so solve it again
        // with a zero objective: a feasibility problem that cannot be unbounded.
        for (var j = 0; j < columnCount; j++)
        {
            CbcNativeMethods.Cbc_setObjCoeff(handle, j, 0.0);
        }

        CbcNativeMethods.Cbc_solve(handle);
        var feasible = CbcNativeMethods.Cbc_isProvenOptimal(handle) != 0;
        return new Outcome(feasible ? SolveStatus.Unbounded : SolveStatus.Infeasible, null, double.NaN, 0, true);
    }

    private static SolveResult ToResult(Outcome outcome, LinearModel model, string log, double seconds)
    {
        var objective = outcome.Values is null ? double.NaN : model.EvaluateObjective(outcome.Values);
        var bound = outcome.IsContinuous && outcome.Status == SolveStatus.Optimal
            ? objective
            : outcome.BestBound + model.ObjectiveConstant;
        return new SolveResult
        {
            Status = outcome.Status,
            Objective = objective,
            BestBound = bound,
            Gap = SolveResult.RelativeGap(objective, bound),
            Values = outcome.Values ?? [],
            Nodes = outcome.Nodes,
            Seconds = seconds,
            Log = log,
        };
    }

    private static double[] Finite(ReadOnlySpan<double> bounds)
    {
        // COIN-OR's infinity is DBL_MAX; pass it explicitly rather than rely on clamping of inf.
        var copy = bounds.ToArray();
        for (var k = 0; k < copy.Length; k++)
        {
            if (double.IsPositiveInfinity(copy[k]))
            {
                copy[k] = double.MaxValue;
            }
            else if (double.IsNegativeInfinity(copy[k]))
            {
                copy[k] = double.MinValue;
            }
        }

        return copy;
    }

    private static double[] CopyArray(IntPtr source, int count)
    {
        var copy = new double[count];
        if (count > 0)
        {
            Marshal.Copy(source, copy, 0, count);
        }

        return copy;
    }

    private readonly record struct Outcome(SolveStatus Status, double[]? Values, double BestBound, long Nodes, bool IsContinuous);
}
