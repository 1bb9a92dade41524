namespace Sim.Engine.Optimisation;

/// <summary>
/// A handle to a row (constraint) of one <see cref="LinearModel"/>: just its row index. Every row
/// is ranged, <c>lower &lt;= a·x &lt;= upper</c>, with infinite bounds for one-sided rows and equal
/// bounds for equalities. Immutable and thread-safe.
/// </summary>
public readonly struct Constraint : IEquatable<Constraint>
{
    /// <summary>Creates a handle for the row with the given zero-based index.</summary>
    /// <param name="index">Zero-based row index; must not be negative.</param>
    public Constraint(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Index = index;
    }

    /// <summary>Zero-based row index of the constraint in its model.</summary>
    public int Index { get; }

    /// <summary>Two handles are equal when they name the same row.</summary>
    public static bool operator ==(Constraint left, Constraint right) => left.Equals(right);

    /// <summary>Two handles differ when they name different rows.</summary>
    public static bool operator !=(Constraint left, Constraint right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Constraint other) => Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Constraint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <inheritdoc />
    public override string ToString() => $"c{Index}";
}
