namespace Sim.Engine.Optimisation;

/// <summary>
/// A linear expression <c>Σ coefficient·variable + constant</c>, the readable way to state
/// objectives and constraints (<c>3 * x + 2 * y &lt;= 10</c>). Operators return new expressions
/// and leave their operands untouched; <see cref="AddTerm"/> and <see cref="AddConstant"/> grow
/// this expression in place, which is what long sums built in a loop should use. A variable may
/// appear in several terms: the model adds their coefficients when the expression is used. For
/// models with millions of nonzeros use <see cref="LinearModel.AddRow"/> instead. Not thread-safe.
/// </summary>
public sealed class LinearExpression
{
    private readonly List<int> _indices;
    private readonly List<double> _coefficients;

    /// <summary>Creates the empty expression (value 0).</summary>
    public LinearExpression()
    {
        _indices = [];
        _coefficients = [];
    }

    private LinearExpression(LinearExpression source, int extraCapacity)
    {
        _indices = new List<int>(source._indices.Count + extraCapacity);
        _indices.AddRange(source._indices);
        _coefficients = new List<double>(source._coefficients.Count + extraCapacity);
        _coefficients.AddRange(source._coefficients);
        Constant = source.Constant;
    }

    /// <summary>The constant term.</summary>
    public double Constant { get; private set; }

    /// <summary>Number of terms, counting a variable once per term it appears in.</summary>
    public int TermCount => _indices.Count;

    /// <summary>The column indices of the terms, in the order they were added.</summary>
    public IReadOnlyList<int> VariableIndices => _indices;

    /// <summary>The coefficients of the terms, parallel to <see cref="VariableIndices"/>.</summary>
    public IReadOnlyList<double> Coefficients => _coefficients;

    /// <summary>The expression <c>coefficient * variable</c>.</summary>
    /// <param name="variable">The variable.</param>
    /// <param name="coefficient">A finite coefficient.</param>
    public static LinearExpression Term(Variable variable, double coefficient) =>
        new LinearExpression().AddTerm(variable, coefficient);

    /// <summary>Adds <c>coefficient * variable</c> to this expression (in place).</summary>
    /// <param name="variable">The variable.</param>
    /// <param name="coefficient">A finite coefficient.</param>
    /// <returns>This expression, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The coefficient is NaN or infinite.</exception>
    public LinearExpression AddTerm(Variable variable, double coefficient)
    {
        if (!double.IsFinite(coefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "A coefficient must be finite.");
        }

        _indices.Add(variable.Index);
        _coefficients.Add(coefficient);
        return this;
    }

    /// <summary>Adds a finite constant to this expression (in place).</summary>
    /// <param name="value">A finite value.</param>
    /// <returns>This expression, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public LinearExpression AddConstant(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A constant must be finite.");
        }

        Constant += value;
        return this;
    }

    /// <summary>Adds <c>scale * other</c> to this expression (in place).</summary>
    /// <param name="other">The expression to add; may be this expression.</param>
    /// <param name="scale">A finite factor.</param>
    /// <returns>This expression, for chaining.</returns>
    public LinearExpression AddExpression(LinearExpression other, double scale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "A factor must be finite.");
        }

        var count = other._indices.Count;
        for (var k = 0; k < count; k++)
        {
            _indices.Add(other._indices[k]);
            _coefficients.Add(other._coefficients[k] * scale);
        }

        Constant += other.Constant * scale;
        return this;
    }

    /// <summary>The sum of two expressions.</summary>
    public static LinearExpression operator +(LinearExpression left, LinearExpression right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new LinearExpression(left, right.TermCount).AddExpression(right);
    }

    /// <summary>The difference of two expressions.</summary>
    public static LinearExpression operator -(LinearExpression left, LinearExpression right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new LinearExpression(left, right.TermCount).AddExpression(right, -1.0);
    }

    /// <summary>The expression plus a constant.</summary>
    public static LinearExpression operator +(LinearExpression left, double constant)
    {
        ArgumentNullException.ThrowIfNull(left);
        return new LinearExpression(left, 0).AddConstant(constant);
    }

    /// <summary>A constant plus the expression.</summary>
    public static LinearExpression operator +(double constant, LinearExpression right) => right + constant;

    /// <summary>The expression minus a constant.</summary>
    public static LinearExpression operator -(LinearExpression left, double constant) => left + (-constant);

    /// <summary>A constant minus the expression.</summary>
    public static LinearExpression operator -(double constant, LinearExpression right) => (-right) + constant;

    /// <summary>The negated expression.</summary>
    public static LinearExpression operator -(LinearExpression expression) => expression * -1.0;

    /// <summary>The expression scaled by a finite factor.</summary>
    public static LinearExpression operator *(LinearExpression expression, double factor)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new LinearExpression().AddExpression(expression, factor);
    }

    /// <summary>The expression scaled by a finite factor.</summary>
    public static LinearExpression operator *(double factor, LinearExpression expression) => expression * factor;

    /// <summary>The constraint <c>expression &lt;= bound</c>.</summary>
    public static LinearConstraint operator <=(LinearExpression expression, double bound) =>
        new(expression, double.NegativeInfinity, bound);

    /// <summary>The constraint <c>expression &gt;= bound</c>.</summary>
    public static LinearConstraint operator >=(LinearExpression expression, double bound) =>
        new(expression, bound, double.PositiveInfinity);

    /// <summary>The constraint <c>left - right &lt;= 0</c>.</summary>
    public static LinearConstraint operator <=(LinearExpression left, LinearExpression right) => (left - right) <= 0.0;

    /// <summary>The constraint <c>left - right &gt;= 0</c>.</summary>
    public static LinearConstraint operator >=(LinearExpression left, LinearExpression right) => (left - right) >= 0.0;

    /// <summary>The equality constraint <c>this == value</c> (C# reserves <c>==</c> for identity).</summary>
    /// <param name="value">The finite right-hand side.</param>
    public LinearConstraint EqualTo(double value) => new(this, value, value);

    /// <summary>The ranged constraint <c>lower &lt;= this &lt;= upper</c>.</summary>
    /// <param name="lower">Lower bound, may be negative infinity.</param>
    /// <param name="upper">Upper bound, may be positive infinity; at least <paramref name="lower"/>.</param>
    public LinearConstraint Between(double lower, double upper) => new(this, lower, upper);

    /// <summary>Adds two expressions (the named form of <c>+</c>).</summary>
    public static LinearExpression Add(LinearExpression left, LinearExpression right) => left + right;

    /// <summary>Subtracts two expressions (the named form of <c>-</c>).</summary>
    public static LinearExpression Subtract(LinearExpression left, LinearExpression right) => left - right;

    /// <summary>Scales an expression (the named form of <c>*</c>).</summary>
    public static LinearExpression Multiply(LinearExpression expression, double factor) => expression * factor;

    /// <summary>Negates an expression (the named form of unary <c>-</c>).</summary>
    public static LinearExpression Negate(LinearExpression expression) => -expression;

    /// <summary>Evaluates the expression at a point.</summary>
    /// <param name="values">Values indexed by column; must cover every variable of the expression.</param>
    public double Evaluate(ReadOnlySpan<double> values)
    {
        var sum = Constant;
        for (var k = 0; k < _indices.Count; k++)
        {
            sum += _coefficients[k] * values[_indices[k]];
        }

        return sum;
    }
}
