using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;

namespace Sim.Engine.Tests.Optimisation.Cbc;

public sealed class CbcSolverTests
{
    // Objectives below are exact small rationals; 1e-7 relative covers CBC's primal tolerance (1e-7).
    private const double Tolerance = 1e-7;
    private static readonly SolverOptions Defaults = new();
    private readonly CbcSolver _solver = new();

    [Fact]
    public void Probe_InstalledLibrary_ReportsVersion()
    {
        var availability = _solver.Probe();

        Assert.True(availability.IsAvailable, availability.Description);
        Assert.Contains("CBC 2.", availability.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_LinearProgram_ReturnsKnownOptimum()
    {
        // max 3x + 2y s.t. x + y <= 4, x + 3y <= 6, x <= 3  ->  x = 3, y = 1, objective 11.
        var model = new LinearModel();
        var x = model.AddVariable(0, 3);
        var y = model.AddVariable(0, double.PositiveInfinity);
        model.AddConstraint(x + y <= 4.0);
        model.AddConstraint(x + 3 * y <= 6.0);
        model.SetObjective(3 * x + 2 * y, Sense.Maximise);

        var result = _solver.Solve(model, Defaults);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(11.0, result.Objective, Tolerance);
        Assert.Equal(3.0, result.ValueOf(x), Tolerance);
        Assert.Equal(1.0, result.ValueOf(y), Tolerance);
        Assert.Equal(0.0, result.Gap, Tolerance);
    }

    [Fact]
    public void Solve_MipWithFractionalRelaxation_ReturnsIntegerOptimumNotRelaxation()
    {
        // max 5x + 4y s.t. 6x + 4y <= 24, x + 2y <= 6, x,y integer >= 0.
        // LP relaxation: x = 3, y = 1.5, value 21 (fractional). Integer optimum: x = 4, y = 0, value 20.
        var model = new LinearModel();
        var x = model.AddVariable(0, 10, VariableKind.Integer, "x");
        var y = model.AddVariable(0, 10, VariableKind.Integer, "y");
        model.AddConstraint(6 * x + 4 * y <= 24.0);
        model.AddConstraint(x + 2 * y <= 6.0);
        model.SetObjective(5 * x + 4 * y, Sense.Maximise);

        var result = _solver.Solve(model, Defaults);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(20.0, result.Objective, Tolerance);
        Assert.Equal(4.0, result.ValueOf(x), Tolerance);
        Assert.Equal(0.0, result.ValueOf(y), Tolerance);
        Assert.Equal(20.0, result.BestBound, 1e-6);
    }

    [Fact]
    public void Solve_MinimiseWithEqualityRangeAndConstant_ReturnsKnownOptimum()
    {
        // min 2a + 3b + 10 s.t. a + b = 5, 1 <= a - b <= 3, b integer -> b = 1, a = 4 (a - b = 3), value 21.
        var model = new LinearModel();
        var a = model.AddVariable(double.NegativeInfinity, double.PositiveInfinity);
        var b = model.AddVariable(0, 10, VariableKind.Integer);
        model.AddConstraint((a + b).EqualTo(5));
        model.AddConstraint((a - b).Between(1, 3));
        model.SetObjective(2 * a + 3 * b + 10, Sense.Minimise);

        var result = _solver.Solve(model, Defaults);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(21.0, result.Objective, Tolerance);
        Assert.Equal(4.0, result.ValueOf(a), Tolerance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Solve_Infeasible_ReportsInfeasible(bool isMip)
    {
        var model = new LinearModel();
        var x = model.AddVariable(0, 10, isMip ? VariableKind.Integer : VariableKind.Continuous);
        var y = model.AddVariable(0, 10, isMip ? VariableKind.Integer : VariableKind.Continuous);
        model.AddConstraint(x + y >= 5.0);
        model.AddConstraint(x + y <= 3.0);
        model.SetObjective(x + y, Sense.Minimise);

        var result = _solver.Solve(model, Defaults);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.False(result.HasSolution);
        Assert.True(double.IsNaN(result.Objective));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Solve_Unbounded_ReportsUnbounded(bool isMip)
    {
        var model = new LinearModel();
        var x = model.AddVariable(0, double.PositiveInfinity, isMip ? VariableKind.Integer : VariableKind.Continuous);
        var y = model.AddVariable(0, double.PositiveInfinity);
        model.AddConstraint(x - y <= 2.0);
        model.SetObjective(x + y, Sense.Maximise);

        var result = _solver.Solve(model, Defaults);

        Assert.Equal(SolveStatus.Unbounded, result.Status);
    }

    [Fact]
    public void Solve_HardMipUnderTimeLimit_ReportsFeasibleLimitReachedNotOptimal()
    {
        var model = MultiDimensionalKnapsack(items: 250, constraints: 15, seed: 7);

        // The empty packing is feasible: as a MIP start it guarantees an incumbent however slow
        // the machine, so the outcome does not depend on CBC's heuristics finding one in time.
        var start = new double[model.VariableCount];

        var result = _solver.Solve(model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(0.5), MipStart = start });

        // 250 items x 15 knapsack rows cannot be proven optimal in half a second by CBC.
        Assert.Equal(SolveStatus.FeasibleLimitReached, result.Status);
        Assert.True(result.Gap > 0);
        Assert.True(result.Objective <= result.BestBound + 1e-6);
        Assert.InRange(result.Seconds, 0, 5);
    }

    [Fact]
    public void Solve_WithLogLevel_CapturesSolverLogInsteadOfPrinting()
    {
        var model = MultiDimensionalKnapsack(items: 20, constraints: 3, seed: 1);

        var quiet = _solver.Solve(model, Defaults);
        var verbose = _solver.Solve(model, new SolverOptions { LogLevel = 1 });

        Assert.Contains("Cbc0001I", verbose.Log, StringComparison.Ordinal);
        Assert.True(quiet.Log.Length < verbose.Log.Length);
        Assert.Equal(quiet.Objective, verbose.Objective, Tolerance);
    }

    [Fact]
    public void Solve_WithMipStart_SolverUsesTheStart()
    {
        var model = MultiDimensionalKnapsack(items: 30, constraints: 3, seed: 2);
        var optimum = _solver.Solve(model, Defaults);

        var warm = _solver.Solve(model, new SolverOptions { LogLevel = 1, MipStart = optimum.Values });

        Assert.Equal(SolveStatus.Optimal, warm.Status);
        Assert.Equal(optimum.Objective, warm.Objective, Tolerance);
        Assert.Contains("MIPStart", warm.Log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Solve_MipStartOfWrongLength_Throws()
    {
        var model = MultiDimensionalKnapsack(items: 5, constraints: 1, seed: 3);

        Assert.Throws<ArgumentException>(() => _solver.Solve(model, new SolverOptions { MipStart = [1.0] }));
    }

    [Fact]
    public void Solve_LibraryMissing_ThrowsNamingThePackage()
    {
        var missing = new CbcSolver(["libCbcSolver-does-not-exist.so.99"]);
        var model = new LinearModel();
        model.AddVariable(0, 1);

        var probe = missing.Probe();
        var error = Assert.Throws<SolverUnavailableException>(() => missing.Solve(model, Defaults));

        Assert.False(probe.IsAvailable);
        Assert.Contains("apt-get install coinor-libcbc-dev", error.Message, StringComparison.Ordinal);
    }

    internal static LinearModel MultiDimensionalKnapsack(int items, int constraints, int seed)
    {
        var random = new Random(seed);
        var model = new LinearModel($"mkp_{items}_{constraints}_{seed}");
        var first = model.AddVariables(items, 0, 1, VariableKind.Binary);
        var profits = new double[items];
        for (var j = 0; j < items; j++)
        {
            profits[j] = random.Next(10, 100);
        }

        model.SetObjectiveCoefficients(first, profits);
        model.ObjectiveSense = Sense.Maximise;
        var columns = Enumerable.Range(first.Index, items).ToArray();
        for (var i = 0; i < constraints; i++)
        {
            var weights = new double[items];
            for (var j = 0; j < items; j++)
            {
                weights[j] = random.Next(5, 60);
            }

            model.AddRow(columns, weights, double.NegativeInfinity, weights.Sum() / 2);
        }

        return model;
    }
}
