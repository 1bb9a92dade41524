namespace Sim.Engine.Optimisation;

/// <summary>The domain of a decision variable.</summary>
public enum VariableKind
{
    /// <summary>Any real value between the variable's bounds.</summary>
    Continuous = 0,

    /// <summary>Any integer value between the variable's bounds.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "'Integer' is the mathematical-programming term users look for.")]
    Integer = 1,

    /// <summary>An integer restricted to 0 or 1 (bounds are intersected with [0, 1]).</summary>
    Binary = 2,
}
