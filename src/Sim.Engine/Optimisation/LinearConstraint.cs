namespace Sim.Engine.Optimisation;

/// <summary>
/// A constraint <c>lower &lt;= expression &lt;= upper</c> as written with the operators of
/// <see cref="LinearExpression"/>; add it to a model with <see cref="LinearModel.AddConstraint(LinearConstraint, string?)"/>.
/// The expression's constant is moved to the bounds when the row is added. Immutable once built
/// (it keeps a reference to the expression: do not grow that expression afterwards).
/// </summary>
public sealed class LinearConstraint
{
    /// <summary>Creates a ranged constraint.</summary>
    /// <param name="expression">The left-hand side.</param>
    /// <param name="lower">Lower bound; negative infinity for none.</param>
    /// <param name="upper">Upper bound; positive infinity for none; at least <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN, or lower exceeds upper.</exception>
    public LinearConstraint(LinearExpression expression, double lower, double upper)
    {
        ArgumentNullException.ThrowIfNull(expression);
        LinearModel.ValidateBounds(lower, upper, nameof(lower));
        Expression = expression;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The left-hand side.</summary>
    public LinearExpression Expression { get; }

    /// <summary>Lower bound (negative infinity for none).</summary>
    public double Lower { get; }

    /// <summary>Upper bound (positive infinity for none).</summary>
    public double Upper { get; }
}
