using System.Globalization;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// The accepted values of a numeric field: an interval with open or closed ends and a unit, written
/// as in the scenario README (<c>(0, 7305] days</c>). Immutable.
/// </summary>
/// <param name="Min">The lower end.</param>
/// <param name="Max">The upper end.</param>
/// <param name="Unit">The unit for messages and documentation (e.g. <c>days</c>); may be empty.</param>
/// <param name="MinExclusive">True when <paramref name="Min"/> itself is not accepted.</param>
/// <param name="MaxExclusive">True when <paramref name="Max"/> itself is not accepted.</param>
internal readonly record struct NumberRange(double Min, double Max, string Unit = "", bool MinExclusive = false, bool MaxExclusive = false)
{
    /// <summary>True when <paramref name="value"/> is finite and inside the range.</summary>
    public bool Contains(double value) =>
        double.IsFinite(value)
        && (MinExclusive ? value > Min : value >= Min)
        && (MaxExclusive ? value < Max : value <= Max);

    /// <summary>The range as written in the README, e.g. <c>(0, 7305] days</c> or <c>[0, 1]</c>.</summary>
    public string Describe() =>
        $"{(MinExclusive ? '(' : '[')}{Format(Min)}, {Format(Max)}{(MaxExclusive ? ')' : ']')}{(Unit.Length > 0 ? " " + Unit : "")}";

    /// <summary>Why <paramref name="value"/> is not accepted, or null when it is.</summary>
    public string? Problem(double value)
    {
        if (!double.IsFinite(value))
        {
            return $"{Format(value)} is not a finite number: must be in {Describe()}";
        }

        return Contains(value) ? null : $"{Format(value)} is out of range: must be in {Describe()}";
    }

    /// <summary>Invariant text of a number; large round numbers as <c>1e9</c>.</summary>
    public static string Format(double value)
    {
        string compact = value.ToString("0e0", CultureInfo.InvariantCulture);
        return Math.Abs(value) >= 1e6 && double.IsFinite(value) && double.Parse(compact, CultureInfo.InvariantCulture) == value
            ? compact
            : value.ToString(CultureInfo.InvariantCulture);
    }
}
