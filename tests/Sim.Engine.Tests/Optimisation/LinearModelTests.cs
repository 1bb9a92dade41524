using Sim.Engine.Optimisation;

namespace Sim.Engine.Tests.Optimisation;

public sealed class LinearModelTests
{
    [Fact]
    public void AddRow_RepeatedColumn_Throws()
    {
        var model = new LinearModel();
        model.AddVariables(3, 0, 1);

        var error = Assert.Throws<ArgumentException>(() => model.AddRow([0, 2, 0], [1.0, 2.0, 3.0], 0, 1));

        Assert.Contains("Column 0 appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRow_UnknownColumn_Throws()
    {
        var model = new LinearModel();
        model.AddVariables(2, 0, 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => model.AddRow([0, 2], [1.0, 1.0], 0, 1));
    }

    [Fact]
    public void AddRow_SameColumnInDifferentRows_IsAccepted()
    {
        var model = new LinearModel();
        model.AddVariables(2, 0, 1);

        model.AddRow([0, 1], [1.0, 2.0], 0, 1);
        model.AddRow([1, 0], [3.0, 4.0], 0, 1);

        Assert.Equal(4, model.NonZeroCount);
        Assert.Equal([0, 2, 4], model.RowStarts.ToArray());
    }

    [Fact]
    public void ToCompressedColumns_TransposesRowsIntoColumns()
    {
        // A = [[1 0 2], [0 3 4]] row-wise, so by columns: c0 = {r0:1}, c1 = {r1:3}, c2 = {r0:2, r1:4}.
        var model = new LinearModel();
        model.AddVariables(3, 0, 10);
        model.AddRow([2, 0], [2.0, 1.0], 0, 5);
        model.AddRow([1, 2], [3.0, 4.0], 0, 5);

        var matrix = model.ToCompressedColumns();

        Assert.Equal([0, 1, 2, 4], matrix.Starts.ToArray());
        Assert.Equal([0, 1, 0, 1], matrix.RowIndices.ToArray());
        Assert.Equal([1.0, 3.0, 2.0, 4.0], matrix.Values.ToArray());
    }

    [Fact]
    public void AddConstraint_OperatorSyntax_MergesRepeatsAndMovesConstantToBounds()
    {
        var model = new LinearModel();
        var x = model.AddVariable(0, 10, name: "x");
        var y = model.AddVariable(0, 10, name: "y");

        // x + 2y + x - 2y + 3 <= 7  is  2x <= 4  (y cancels and is dropped).
        var row = model.AddConstraint(x + 2 * y + x - 2 * y + 3 <= 7.0);

        Assert.Equal(1, model.NonZeroCount);
        Assert.Equal(x.Index, model.RowColumns[0]);
        Assert.Equal(2.0, model.RowCoefficients[0]);
        Assert.Equal(4.0, model.ConstraintUpperBounds[row.Index]);
        Assert.True(double.IsNegativeInfinity(model.ConstraintLowerBounds[row.Index]));
    }

    [Fact]
    public void AddVariable_Binary_IntersectsBoundsWithZeroOne()
    {
        var model = new LinearModel();

        var b = model.AddVariable(-5, 5, VariableKind.Binary);

        Assert.Equal(0.0, model.VariableLowerBounds[b.Index]);
        Assert.Equal(1.0, model.VariableUpperBounds[b.Index]);
    }

    [Theory]
    [InlineData("x 1")]
    [InlineData("1x")]
    [InlineData("e12")]
    [InlineData("free")]
    [InlineData("a<b")]
    public void AddVariable_NameInvalidInLpFiles_Throws(string name)
    {
        var model = new LinearModel();

        Assert.Throws<ArgumentException>(() => model.AddVariable(0, 1, name: name));
    }

    [Fact]
    public void AddVariables_InvertedBounds_Throws()
    {
        var model = new LinearModel();

        Assert.Throws<ArgumentOutOfRangeException>(() => model.AddVariables(1, 2, 1));
    }

    [Fact]
    public void SetObjective_Expression_AddsRepeatedTermsAndKeepsConstant()
    {
        var model = new LinearModel();
        var x = model.AddVariable(0, 1);
        var y = model.AddVariable(0, 1);

        model.SetObjective(3 * x + y + 2 * x + 5, Sense.Maximise);

        Assert.Equal([5.0, 1.0], model.ObjectiveCoefficients.ToArray());
        Assert.Equal(5.0, model.ObjectiveConstant);
        Assert.Equal(Sense.Maximise, model.ObjectiveSense);
        Assert.Equal(5.0 * 1 + 1.0 * 0.5 + 5, model.EvaluateObjective([1.0, 0.5]));
    }

    [Fact]
    public void AddRow_MillionNonzeros_BuildsWithoutPerTermObjects()
    {
        // 1,000 rows x 1,000 columns dense: the bulk path copies spans, so the managed heap grows
        // by roughly the flat arrays (12 bytes per nonzero, doubled by List growth) and no more.
        const int size = 1_000;
        var model = new LinearModel();
        model.AddVariables(size, 0, 1);
        var columns = Enumerable.Range(0, size).ToArray();
        var coefficients = Enumerable.Repeat(1.0, size).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < size; i++)
        {
            model.AddRow(columns, coefficients, 0, 1);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1_000_000, model.NonZeroCount);
        Assert.InRange(allocated, 0, 40L * 1_000_000);
    }
}
