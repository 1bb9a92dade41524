using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sim.Engine.Optimisation;

/// <summary>
/// A linear or mixed-integer program: variables with bounds and kinds, ranged rows
/// <c>lower &lt;= a·x &lt;= upper</c> stored row-wise (CSR) in flat arrays, and a linear objective
/// to minimise or maximise. It knows nothing about any solver: backends read it through
/// <see cref="ToCompressedColumns"/> and the span accessors. Two ways to add rows: the readable
/// operator syntax (<see cref="AddConstraint(LinearConstraint, string?)"/>) and the bulk path
/// (<see cref="AddRow"/>), which copies spans straight into the flat arrays and builds a
/// million-nonzero model in milliseconds. Not thread-safe; spans returned by accessors are valid
/// only until the model is next modified.
/// </summary>
public sealed class LinearModel
{
    private readonly List<double> _columnLower = [];
    private readonly List<double> _columnUpper = [];
    private readonly List<double> _objective = [];
    private readonly List<VariableKind> _kinds = [];
    private readonly List<string?> _columnNames = [];
    private readonly List<int> _rowStarts = [0];
    private readonly List<int> _rowColumns = [];
    private readonly List<double> _rowCoefficients = [];
    private readonly List<double> _rowLower = [];
    private readonly List<double> _rowUpper = [];
    private readonly List<string?> _rowNames = [];

    // Row stamp per column (row index + 1) to reject duplicate columns within one row in O(1).
    private int[] _seenInRow = new int[16];
    private double _objectiveConstant;

    /// <summary>Creates an empty model.</summary>
    /// <param name="name">A name for logs and LP files (letters, digits and <c>_</c> are safest).</param>
    public LinearModel(string name = "model")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>Whether the objective is minimised (default) or maximised.</summary>
    public Sense ObjectiveSense { get; set; }

    /// <summary>The constant term of the objective (not passed to solvers; added back to reported values).</summary>
    public double ObjectiveConstant
    {
        get => _objectiveConstant;
        set
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The objective constant must be finite.");
            }

            _objectiveConstant = value;
        }
    }

    /// <summary>Number of variables (columns).</summary>
    public int VariableCount => _columnLower.Count;

    /// <summary>Number of constraints (rows).</summary>
    public int ConstraintCount => _rowLower.Count;

    /// <summary>Number of stored constraint-matrix nonzeros.</summary>
    public int NonZeroCount => _rowColumns.Count;

    /// <summary>Number of integer and binary variables.</summary>
    public int IntegerCount
    {
        get
        {
            var count = 0;
            foreach (var kind in _kinds)
            {
                if (kind != VariableKind.Continuous)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Lower bounds of the variables, by column.</summary>
    public ReadOnlySpan<double> VariableLowerBounds => CollectionsMarshal.AsSpan(_columnLower);

    /// <summary>Upper bounds of the variables, by column.</summary>
    public ReadOnlySpan<double> VariableUpperBounds => CollectionsMarshal.AsSpan(_columnUpper);

    /// <summary>Objective coefficients, by column.</summary>
    public ReadOnlySpan<double> ObjectiveCoefficients => CollectionsMarshal.AsSpan(_objective);

    /// <summary>Kinds of the variables, by column.</summary>
    public ReadOnlySpan<VariableKind> VariableKinds => CollectionsMarshal.AsSpan(_kinds);

    /// <summary>Lower bounds of the rows (negative infinity for none).</summary>
    public ReadOnlySpan<double> ConstraintLowerBounds => CollectionsMarshal.AsSpan(_rowLower);

    /// <summary>Upper bounds of the rows (positive infinity for none).</summary>
    public ReadOnlySpan<double> ConstraintUpperBounds => CollectionsMarshal.AsSpan(_rowUpper);

    /// <summary>Row starts of the CSR matrix: <see cref="ConstraintCount"/> + 1 entries.</summary>
    public ReadOnlySpan<int> RowStarts => CollectionsMarshal.AsSpan(_rowStarts);

    /// <summary>Column index of each nonzero, row by row.</summary>
    public ReadOnlySpan<int> RowColumns => CollectionsMarshal.AsSpan(_rowColumns);

    /// <summary>Value of each nonzero, parallel to <see cref="RowColumns"/>.</summary>
    public ReadOnlySpan<double> RowCoefficients => CollectionsMarshal.AsSpan(_rowCoefficients);

    /// <summary>Adds one variable.</summary>
    /// <param name="lower">Lower bound; may be negative infinity.</param>
    /// <param name="upper">Upper bound; may be positive infinity; at least <paramref name="lower"/>.</param>
    /// <param name="kind">Continuous, integer or binary (binary bounds are intersected with [0, 1]).</param>
    /// <param name="name">Optional name, valid in an LP file (see <see cref="IsValidName"/>); default <c>x{index}</c>.</param>
    /// <returns>The new variable's handle.</returns>
    public Variable AddVariable(double lower, double upper, VariableKind kind = VariableKind.Continuous, string? name = null)
    {
        ValidateName(name);
        var first = AddVariables(1, lower, upper, kind);
        _columnNames[first.Index] = name;
        return first;
    }

    /// <summary>Adds a binary variable.</summary>
    /// <param name="name">Optional name, as for <see cref="AddVariable"/>.</param>
    public Variable AddBinaryVariable(string? name = null) => AddVariable(0.0, 1.0, VariableKind.Binary, name);

    /// <summary>
    /// Adds <paramref name="count"/> unnamed variables with the same bounds and kind, with zero
    /// objective coefficients: the bulk path. Their indices are consecutive from the returned one.
    /// </summary>
    /// <param name="count">How many; zero or more.</param>
    /// <param name="lower">Lower bound of each.</param>
    /// <param name="upper">Upper bound of each.</param>
    /// <param name="kind">Kind of each.</param>
    /// <returns>The handle of the first new variable (the would-be next one when <paramref name="count"/> is 0).</returns>
    public Variable AddVariables(int count, double lower, double upper, VariableKind kind = VariableKind.Continuous)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ValidateBounds(lower, upper, nameof(lower));
        if (kind == VariableKind.Binary)
        {
            lower = Math.Max(lower, 0.0);
            upper = Math.Min(upper, 1.0);
            if (lower > upper)
            {
                throw new ArgumentOutOfRangeException(nameof(lower), lower, "Binary bounds must intersect [0, 1].");
            }
        }

        var first = VariableCount;
        for (var k = 0; k < count; k++)
        {
            _columnLower.Add(lower);
            _columnUpper.Add(upper);
            _objective.Add(0.0);
            _kinds.Add(kind);
            _columnNames.Add(null);
        }

        if (_seenInRow.Length < VariableCount)
        {
            Array.Resize(ref _seenInRow, Math.Max(VariableCount, _seenInRow.Length * 2));
        }

        return new Variable(first);
    }

    /// <summary>Sets the objective coefficient of one variable.</summary>
    /// <param name="variable">A variable of this model.</param>
    /// <param name="coefficient">A finite coefficient.</param>
    public void SetObjectiveCoefficient(Variable variable, double coefficient)
    {
        CheckColumn(variable.Index, nameof(variable));
        CheckFinite(coefficient, nameof(coefficient));
        _objective[variable.Index] = coefficient;
    }

    /// <summary>Sets the objective coefficients of consecutive variables (bulk path).</summary>
    /// <param name="first">The first variable.</param>
    /// <param name="coefficients">Finite coefficients for <paramref name="first"/> and the ones after it.</param>
    public void SetObjectiveCoefficients(Variable first, ReadOnlySpan<double> coefficients)
    {
        if (first.Index + coefficients.Length > VariableCount)
        {
            throw new ArgumentOutOfRangeException(nameof(coefficients), "The coefficients run past the last variable.");
        }

        var target = CollectionsMarshal.AsSpan(_objective).Slice(first.Index, coefficients.Length);
        for (var k = 0; k < coefficients.Length; k++)
        {
            CheckFinite(coefficients[k], nameof(coefficients));
            target[k] = coefficients[k];
        }
    }

    /// <summary>Replaces the objective with an expression (coefficients of repeated variables add up).</summary>
    /// <param name="expression">The objective; its constant becomes <see cref="ObjectiveConstant"/>.</param>
    /// <param name="sense">Minimise or maximise.</param>
    public void SetObjective(LinearExpression expression, Sense sense)
    {
        ArgumentNullException.ThrowIfNull(expression);
        foreach (var index in expression.VariableIndices)
        {
            CheckColumn(index, nameof(expression));
        }

        CollectionsMarshal.AsSpan(_objective).Clear();
        var target = CollectionsMarshal.AsSpan(_objective);
        for (var k = 0; k < expression.TermCount; k++)
        {
            target[expression.VariableIndices[k]] += expression.Coefficients[k];
        }

        _objectiveConstant = expression.Constant;
        ObjectiveSense = sense;
    }

    /// <summary>
    /// Adds the row <c>lower &lt;= Σ coefficients[k]·x[columns[k]] &lt;= upper</c> (bulk path): the
    /// spans are copied into the model's flat arrays, nothing is allocated per term.
    /// </summary>
    /// <param name="columns">Column indices of the nonzeros; each must exist and appear at most once.</param>
    /// <param name="coefficients">Finite coefficients, parallel to <paramref name="columns"/>.</param>
    /// <param name="lower">Lower bound (negative infinity for none).</param>
    /// <param name="upper">Upper bound (positive infinity for none); at least <paramref name="lower"/>.</param>
    /// <param name="name">Optional name, valid in an LP file; default <c>c{index}</c>.</param>
    /// <returns>The new row's handle.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a column repeats, or a name is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A column does not exist, a value is not finite, or the bounds are invalid.</exception>
    public Constraint AddRow(ReadOnlySpan<int> columns, ReadOnlySpan<double> coefficients, double lower, double upper, string? name = null)
    {
        if (columns.Length != coefficients.Length)
        {
            throw new ArgumentException("Columns and coefficients must have the same length.", nameof(coefficients));
        }

        ValidateBounds(lower, upper, nameof(lower));
        ValidateName(name);
        var row = ConstraintCount;
        var stamp = row + 1;
        var variableCount = VariableCount;
        var seen = _seenInRow;
        for (var k = 0; k < columns.Length; k++)
        {
            var column = columns[k];
            if ((uint)column >= (uint)variableCount)
            {
                throw new ArgumentOutOfRangeException(nameof(columns), column, $"Column {column} does not exist (the model has {variableCount}).");
            }

            if (seen[column] == stamp)
            {
                throw new ArgumentException($"Column {column} appears twice in row {row}.", nameof(columns));
            }

            if (!double.IsFinite(coefficients[k]))
            {
                throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients[k], "A coefficient must be finite.");
            }

            seen[column] = stamp;
        }

        _rowColumns.AddRange(columns);
        _rowCoefficients.AddRange(coefficients);
        _rowStarts.Add(_rowColumns.Count);
        _rowLower.Add(lower);
        _rowUpper.Add(upper);
        _rowNames.Add(name);
        return new Constraint(row);
    }

    /// <summary>
    /// Adds a constraint written with operators (<c>2 * x + y &lt;= 4</c>). Repeated variables are
    /// merged, zero coefficients dropped, and the expression's constant moved to the bounds.
    /// </summary>
    /// <param name="constraint">The constraint.</param>
    /// <param name="name">Optional name, valid in an LP file.</param>
    /// <returns>The new row's handle.</returns>
    public Constraint AddConstraint(LinearConstraint constraint, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        var expression = constraint.Expression;
        var merged = new Dictionary<int, double>(expression.TermCount);
        for (var k = 0; k < expression.TermCount; k++)
        {
            var index = expression.VariableIndices[k];
            merged[index] = merged.GetValueOrDefault(index) + expression.Coefficients[k];
        }

        var columns = new List<int>(merged.Count);
        var coefficients = new List<double>(merged.Count);
        foreach (var (index, coefficient) in merged)
        {
            if (coefficient != 0.0)
            {
                columns.Add(index);
                coefficients.Add(coefficient);
            }
        }

        return AddRow(
            CollectionsMarshal.AsSpan(columns),
            CollectionsMarshal.AsSpan(coefficients),
            constraint.Lower - expression.Constant,
            constraint.Upper - expression.Constant,
            name);
    }

    /// <summary>Adds <c>lower &lt;= expression &lt;= upper</c> (an equality when the bounds are equal).</summary>
    /// <param name="lower">Lower bound (negative infinity for none).</param>
    /// <param name="expression">The expression.</param>
    /// <param name="upper">Upper bound (positive infinity for none).</param>
    /// <param name="name">Optional name.</param>
    /// <returns>The new row's handle.</returns>
    public Constraint AddConstraint(double lower, LinearExpression expression, double upper, string? name = null) =>
        AddConstraint(new LinearConstraint(expression, lower, upper), name);

    /// <summary>The name of a variable: the one given, or <c>x{index}</c>.</summary>
    /// <param name="variable">A variable of this model.</param>
    public string GetName(Variable variable)
    {
        CheckColumn(variable.Index, nameof(variable));
        return _columnNames[variable.Index] ?? $"x{variable.Index}";
    }

    /// <summary>The name of a row: the one given, or <c>c{index}</c>.</summary>
    /// <param name="constraint">A row of this model.</param>
    public string GetName(Constraint constraint)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(constraint.Index, ConstraintCount, nameof(constraint));
        return _rowNames[constraint.Index] ?? $"c{constraint.Index}";
    }

    /// <summary>The objective value of a point, including <see cref="ObjectiveConstant"/>.</summary>
    /// <param name="values">A value for every variable.</param>
    public double EvaluateObjective(ReadOnlySpan<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(values.Length, VariableCount, nameof(values));
        var objective = ObjectiveCoefficients;
        var sum = _objectiveConstant;
        for (var j = 0; j < objective.Length; j++)
        {
            sum += objective[j] * values[j];
        }

        return sum;
    }

    /// <summary>The constraint matrix in compressed sparse column form, built by a counting sort in O(nonzeros).</summary>
    public CompressedColumnMatrix ToCompressedColumns()
    {
        var columnCount = VariableCount;
        var rowStarts = RowStarts;
        var rowColumns = RowColumns;
        var rowValues = RowCoefficients;
        var starts = new int[columnCount + 1];
        foreach (var column in rowColumns)
        {
            starts[column + 1]++;
        }

        for (var j = 0; j < columnCount; j++)
        {
            starts[j + 1] += starts[j];
        }

        var next = new int[columnCount];
        Array.Copy(starts, next, columnCount);
        var rowIndices = new int[rowColumns.Length];
        var values = new double[rowColumns.Length];
        for (var row = 0; row < ConstraintCount; row++)
        {
            for (var k = rowStarts[row]; k < rowStarts[row + 1]; k++)
            {
                var position = next[rowColumns[k]]++;
                Debug.Assert(position < starts[rowColumns[k] + 1], "Counting sort overflowed a column.");
                rowIndices[position] = row;
                values[position] = rowValues[k];
            }
        }

        return new CompressedColumnMatrix(ConstraintCount, starts, rowIndices, values);
    }

    /// <summary>
    /// Whether a name can be written to a CPLEX LP file unchanged: 1 to 100 characters, starting
    /// with a letter or <c>_</c>, then letters, digits or <c>_ . ( ) , # $ % &amp; ; ? @ ' { } | ~ !</c>,
    /// and not <c>e</c>/<c>E</c> followed by a digit (it would read as an exponent).
    /// </summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 100 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        if (name.Length > 1 && (name[0] == 'e' || name[0] == 'E') && char.IsAsciiDigit(name[1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "_.(),#$%&;?@'{}|~!".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return !IsKeyword(name);
    }

    internal static void ValidateBounds(double lower, double upper, string parameterName)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw new ArgumentOutOfRangeException(parameterName, "Bounds must not be NaN.");
        }

        if (lower > upper || double.IsPositiveInfinity(lower) || double.IsNegativeInfinity(upper))
        {
            throw new ArgumentOutOfRangeException(parameterName, $"Invalid bounds [{lower}, {upper}].");
        }
    }

    private static bool IsKeyword(string name) =>
        name.ToUpperInvariant() is "INF" or "INFINITY" or "FREE" or "END" or "ST" or "S.T." or "MIN" or "MAX"
            or "MINIMIZE" or "MAXIMIZE" or "MINIMUM" or "MAXIMUM" or "SUBJECT" or "TO" or "BOUND" or "BOUNDS"
            or "INTEGER" or "INTEGERS" or "GENERAL" or "GENERALS" or "BINARY" or "BINARIES" or "SEMI" or "SEMIS";

    private static void ValidateName(string? name)
    {
        if (name is not null && !IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid LP name (see LinearModel.IsValidName).", nameof(name));
        }
    }

    private static void CheckFinite(double value, string parameterName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "The value must be finite.");
        }
    }

    private void CheckColumn(int index, string parameterName)
    {
        if ((uint)index >= (uint)VariableCount)
        {
            throw new ArgumentOutOfRangeException(parameterName, index, $"Variable {index} does not exist (the model has {VariableCount}).");
        }
    }
}
