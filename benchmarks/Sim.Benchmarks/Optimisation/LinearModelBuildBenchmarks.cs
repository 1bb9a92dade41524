using BenchmarkDotNet.Attributes;
using Sim.Engine.Optimisation;

namespace Sim.Benchmarks.Optimisation;

/// <summary>
/// Question: how long does it take to build a model with a million nonzeros, through the bulk
/// row path versus the operator syntax, and to convert it to the column form solvers load?
/// Rows have 100 nonzeros on random distinct columns (fixed seed).
/// </summary>
[MemoryDiagnoser]
public class LinearModelBuildBenchmarks
{
    private const int RowLength = 100;
    private int[] _columns = [];
    private double[] _coefficients = [];
    private int _variables;
    private LinearModel _built = null!;

    [Params(1_000_000)]
    public int NonZeros { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _variables = NonZeros / 10;
        _columns = new int[NonZeros];
        _coefficients = new double[NonZeros];
        for (var start = 0; start < NonZeros; start += RowLength)
        {
            var used = new HashSet<int>();
            for (var k = start; k < start + RowLength; k++)
            {
                int column;
                do
                {
                    column = random.Next(_variables);
                }
                while (!used.Add(column));

                _columns[k] = column;
                _coefficients[k] = random.Next(1, 100);
            }
        }

        _built = BulkRows();
    }

    [Benchmark(Baseline = true)]
    public LinearModel BulkRows()
    {
        var model = new LinearModel();
        model.AddVariables(_variables, 0, 1);
        for (var start = 0; start < NonZeros; start += RowLength)
        {
            model.AddRow(_columns.AsSpan(start, RowLength), _coefficients.AsSpan(start, RowLength), double.NegativeInfinity, 50);
        }

        return model;
    }

    [Benchmark]
    public LinearModel OperatorRows()
    {
        var model = new LinearModel();
        var first = model.AddVariables(_variables, 0, 1);
        for (var start = 0; start < NonZeros; start += RowLength)
        {
            var expression = new LinearExpression();
            for (var k = start; k < start + RowLength; k++)
            {
                expression.AddTerm(new Variable(first.Index + _columns[k]), _coefficients[k]);
            }

            model.AddConstraint(expression <= 50.0);
        }

        return model;
    }

    [Benchmark]
    public CompressedColumnMatrix ToCompressedColumns() => _built.ToCompressedColumns();
}
