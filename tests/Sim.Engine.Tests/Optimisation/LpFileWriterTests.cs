using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;

namespace Sim.Engine.Tests.Optimisation;

public sealed class LpFileWriterTests
{
    [Fact]
    public void Write_SmallModel_ProducesCplexLpSections()
    {
        var model = new LinearModel("small");
        var x = model.AddVariable(-1, 4, name: "x");
        var y = model.AddVariable(0, 1, VariableKind.Binary, "y");
        var z = model.AddVariable(double.NegativeInfinity, double.PositiveInfinity, VariableKind.Integer, "z");
        model.AddConstraint((x + 2 * y - z).Between(-3, 5), "r");
        model.AddConstraint((x + z).EqualTo(2), "e");
        model.SetObjective(x - 0.5 * y + 1.25, Sense.Maximise);
        using var writer = new StringWriter();

        LpFileWriter.Write(model, writer);

        Assert.Equal(
            "\\ Model small\nMaximize\n obj: + 1 x - 0.5 y + 1.25\nSubject To\n r: + 1 x + 2 y - 1 z <= 5\n r_low: + 1 x + 2 y - 1 z >= -3\n"
            + " e: + 1 x + 1 z = 2\nBounds\n -1 <= x <= 4\n z free\nGenerals\n z\nBinaries\n y\nEnd\n",
            writer.ToString());
    }

    [Fact]
    public void Write_DuplicateNames_Throws()
    {
        var model = new LinearModel();
        model.AddVariable(0, 1, name: "x1");
        model.AddVariable(0, 1);
        using var writer = new StringWriter();

        // The unnamed second variable defaults to "x1" too.
        Assert.Throws<InvalidOperationException>(() => LpFileWriter.Write(model, writer));
    }

    [Fact]
    public void WriteFile_ReadBackByCbc_GivesTheSameOptimum()
    {
        var model = Cbc.CbcSolverTests.MultiDimensionalKnapsack(items: 40, constraints: 4, seed: 11);
        var extra = model.AddVariable(-2, 3, VariableKind.Integer, "extra");
        var free = model.AddVariable(double.NegativeInfinity, double.PositiveInfinity, name: "free_var");
        model.AddConstraint((extra + free).Between(-1, 2.5), "ranged");
        model.AddConstraint((free - 0.5 * extra).EqualTo(0.25), "equal");
        model.SetObjectiveCoefficient(extra, 7.0);
        model.SetObjectiveCoefficient(free, -1.5);
        var path = Path.Combine(Path.GetTempPath(), $"lpwriter-{Guid.NewGuid():N}.lp");
        var solver = new CbcSolver();
        try
        {
            LpFileWriter.WriteFile(model, path);
            var direct = solver.Solve(model, new SolverOptions());
            var fromFile = solver.SolveLpFile(path, new SolverOptions());

            Assert.Equal(SolveStatus.Optimal, direct.Status);
            Assert.Equal(SolveStatus.Optimal, fromFile.Status);
            // Same model, same optimum; 1e-9 relative allows only for printing/parsing round-off.
            Assert.Equal(direct.Objective, fromFile.Objective, Math.Abs(direct.Objective) * 1e-9);
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
