namespace Sim.Engine.Optimisation;

/// <summary>
/// A handle to a decision variable of one <see cref="LinearModel"/>: just its column index. The
/// handle is only meaningful for the model that created it. Immutable and thread-safe.
/// </summary>
public readonly struct Variable : IEquatable<Variable>
{
    /// <summary>Creates a handle for the column with the given zero-based index.</summary>
    /// <param name="index">Zero-based column index; must not be negative.</param>
    public Variable(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Index = index;
    }

    /// <summary>Zero-based column index of the variable in its model.</summary>
    public int Index { get; }

    /// <summary>The expression <c>coefficient * variable</c>.</summary>
    public static LinearExpression operator *(double coefficient, Variable variable) =>
        LinearExpression.Term(variable, coefficient);

    /// <summary>The expression <c>variable * coefficient</c>.</summary>
    public static LinearExpression operator *(Variable variable, double coefficient) =>
        LinearExpression.Term(variable, coefficient);

    /// <summary>The expression <c>left + right</c>.</summary>
    public static LinearExpression operator +(Variable left, Variable right) =>
        LinearExpression.Term(left, 1.0) + right;

    /// <summary>The expression <c>left - right</c>.</summary>
    public static LinearExpression operator -(Variable left, Variable right) =>
        LinearExpression.Term(left, 1.0) - right;

    /// <summary>The expression <c>-variable</c>.</summary>
    public static LinearExpression operator -(Variable variable) => LinearExpression.Term(variable, -1.0);

    /// <summary>The expression <c>variable + constant</c>.</summary>
    public static LinearExpression operator +(Variable variable, double constant) =>
        LinearExpression.Term(variable, 1.0) + constant;

    /// <summary>The expression <c>variable - constant</c>.</summary>
    public static LinearExpression operator -(Variable variable, double constant) =>
        LinearExpression.Term(variable, 1.0) - constant;

    /// <summary>The constraint <c>variable &lt;= bound</c>.</summary>
    public static LinearConstraint operator <=(Variable variable, double bound) =>
        LinearExpression.Term(variable, 1.0) <= bound;

    /// <summary>The constraint <c>variable &gt;= bound</c>.</summary>
    public static LinearConstraint operator >=(Variable variable, double bound) =>
        LinearExpression.Term(variable, 1.0) >= bound;

    /// <summary>Two handles are equal when they name the same column.</summary>
    public static bool operator ==(Variable left, Variable right) => left.Equals(right);

    /// <summary>Two handles differ when they name different columns.</summary>
    public static bool operator !=(Variable left, Variable right) => !left.Equals(right);

    /// <summary>The single-term expression <c>1 * variable</c>.</summary>
    public static implicit operator LinearExpression(Variable variable) => LinearExpression.Term(variable, 1.0);

    /// <summary>The single-term expression <c>1 * variable</c>.</summary>
    public LinearExpression ToLinearExpression() => LinearExpression.Term(this, 1.0);

    /// <inheritdoc />
    public bool Equals(Variable other) => Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Variable other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <inheritdoc />
    public override string ToString() => $"x{Index}";
}
