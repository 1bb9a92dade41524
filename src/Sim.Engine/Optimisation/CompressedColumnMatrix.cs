namespace Sim.Engine.Optimisation;

/// <summary>
/// A constraint matrix in compressed sparse column form (CSC), the layout MIP backends load in
/// bulk: the nonzeros of column <c>j</c> are <c>RowIndices[Starts[j] .. Starts[j+1])</c> with the
/// matching <c>Values</c>, row indices ascending within each column. Immutable after construction;
/// thread-safe for reading.
/// </summary>
public sealed class CompressedColumnMatrix
{
    private readonly int[] _starts;
    private readonly int[] _rowIndices;
    private readonly double[] _values;

    internal CompressedColumnMatrix(int rowCount, int[] starts, int[] rowIndices, double[] values)
    {
        RowCount = rowCount;
        _starts = starts;
        _rowIndices = rowIndices;
        _values = values;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _starts.Length - 1;

    /// <summary>Number of stored nonzeros.</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>Column starts, <see cref="ColumnCount"/> + 1 entries, the last equal to <see cref="NonZeroCount"/>.</summary>
    public ReadOnlySpan<int> Starts => _starts;

    /// <summary>Row index of each nonzero.</summary>
    public ReadOnlySpan<int> RowIndices => _rowIndices;

    /// <summary>Value of each nonzero.</summary>
    public ReadOnlySpan<double> Values => _values;
}
