using System.Runtime.CompilerServices;

namespace Sim.Engine.Randomness;

/// <summary>Validation of distribution parameters with messages naming the parameter.</summary>
internal static class ParameterCheck
{
    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and greater than zero.</summary>
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than zero.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and zero or more.</summary>
    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number, zero or more.");
        }

        return value;
    }
}
