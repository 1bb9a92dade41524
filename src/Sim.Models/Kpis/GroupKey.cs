using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Sim.Models.Kpis;

/// <summary>
/// What a KPI record is about: a value for each of some <see cref="GroupDimension"/>s (mode, market,
/// warehouse, product class, a resource), or none at all for every order (<see cref="All"/>). Its
/// text form, used in result files, is <c>all</c>, or <c>dimension=value</c> pairs joined by ';' in
/// the order the dimensions are declared, for example <c>mode=express;market=US</c> or
/// <c>warehouse=de-warehouse;product=home</c>; <see cref="Parse"/> reads it back.
/// </summary>
/// <remarks>
/// A value is non-empty, has no leading or trailing white space and holds neither ';' nor '='
/// (ids of the scenario never do; '/' is allowed, as in <c>line=postal/linehaul/US</c>). Two keys
/// are equal when their text forms are. Immutable and thread-safe.
/// </remarks>
public sealed class GroupKey : IEquatable<GroupKey>
{
    private const string AllText = "all";
    private static readonly GroupDimension[] Order = Enum.GetValues<GroupDimension>();
    private readonly string?[] _values;
    private readonly string _text;

    private GroupKey(string?[] values)
    {
        _values = values;
        _text = Format(values);
    }

    /// <summary>The key of every order: no dimension; text <c>all</c>.</summary>
    public static GroupKey All { get; } = new(new string?[Order.Length]);

    /// <summary>True for <see cref="All"/>.</summary>
    public bool IsAll => _text == AllText;

    /// <summary>The mode id, or null when the key has no mode.</summary>
    public string? Mode => this[GroupDimension.Mode];

    /// <summary>The market code, or null.</summary>
    public string? Market => this[GroupDimension.Market];

    /// <summary>The warehouse id, or null.</summary>
    public string? Warehouse => this[GroupDimension.Warehouse];

    /// <summary>The product class id, or null.</summary>
    public string? Product => this[GroupDimension.Product];

    /// <summary>The dimensions that have a value, in text order.</summary>
    public IReadOnlyList<GroupDimension> Dimensions => [.. Order.Where(d => _values[(int)d] is not null)];

    /// <summary>The value of <paramref name="dimension"/>, or null when the key has none.</summary>
    /// <param name="dimension">A dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a defined dimension.</exception>
    public string? this[GroupDimension dimension]
    {
        get
        {
            CheckDimension(dimension);
            return _values[(int)dimension];
        }
    }

    /// <summary>A key with one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="value">Its value (see the remarks for what a value may hold).</param>
    /// <returns>The key, e.g. <c>mode=express</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or holds ';' or '='.</exception>
    public static GroupKey Of(GroupDimension dimension, string value) => All.With(dimension, value);

    /// <summary>This key with <paramref name="dimension"/> set (or replaced) to <paramref name="value"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="value">Its value.</param>
    /// <returns>A new key; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or holds ';' or '='.</exception>
    public GroupKey With(GroupDimension dimension, string value)
    {
        CheckDimension(dimension);
        CheckValue(value, nameof(value));
        var values = (string?[])_values.Clone();
        values[(int)dimension] = value;
        return new GroupKey(values);
    }

    /// <summary>Reads a key from its text form (<c>all</c> or <c>dimension=value;...</c>, dimensions in order, each once).</summary>
    /// <param name="text">The text form.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a key's text form; the message says why.</exception>
    public static GroupKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var key, out string? reason) ? key : throw new FormatException($"'{text}' is not a group key: {reason}.");
    }

    /// <summary>Reads a key from its text form; false when the text is not one.</summary>
    /// <param name="text">The text form, or null.</param>
    /// <param name="key">The key, when the result is true.</param>
    /// <returns>True when <paramref name="text"/> is a key's text form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out GroupKey? key) => TryParse(text, out key, out _);

    /// <summary>The text form: <c>all</c> or <c>dimension=value</c> pairs joined by ';'.</summary>
    public override string ToString() => _text;

    /// <inheritdoc/>
    public bool Equals(GroupKey? other) => other is not null && _text == other._text;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Whether two keys are equal (both null counts as equal).</summary>
    public static bool operator ==(GroupKey? left, GroupKey? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    public static bool operator !=(GroupKey? left, GroupKey? right) => !(left == right);

    private static bool TryParse(string? text, [NotNullWhen(true)] out GroupKey? key, [NotNullWhen(false)] out string? reason)
    {
        key = null;
        if (text is null)
        {
            reason = "it is null";
            return false;
        }

        if (text == AllText)
        {
            key = All;
            reason = null;
            return true;
        }

        var values = new string?[Order.Length];
        int last = -1;
        foreach (string part in text.Split(';'))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                reason = $"'{part}' is not dimension=value";
                return false;
            }

            string name = part[..equals];
            string value = part[(equals + 1)..];
            int dimension = Array.FindIndex(Order, d => NameOf(d) == name);
            if (dimension < 0)
            {
                reason = $"unknown dimension '{name}' (known: {string.Join(", ", Order.Select(NameOf))})";
                return false;
            }

            if (dimension <= last)
            {
                reason = $"'{name}' is repeated or out of order";
                return false;
            }

            if (!IsValidValue(value))
            {
                reason = $"the value of '{name}' is empty or holds white space at an end, ';' or '='";
                return false;
            }

            values[dimension] = value;
            last = dimension;
        }

        key = new GroupKey(values);
        reason = null;
        return true;
    }

    private static string Format(string?[] values)
    {
        var text = new StringBuilder();
        foreach (var dimension in Order)
        {
            if (values[(int)dimension] is { } value)
            {
                text.Append(text.Length == 0 ? "" : ";").Append(NameOf(dimension)).Append('=').Append(value);
            }
        }

        return text.Length == 0 ? AllText : text.ToString();
    }

    private static string NameOf(GroupDimension dimension) => dimension.ToString().ToLowerInvariant();

    private static bool IsValidValue(string? value) =>
        !string.IsNullOrEmpty(value) && value.Trim() == value && value.IndexOfAny([';', '=']) < 0;

    private static void CheckDimension(GroupDimension dimension)
    {
        if ((uint)dimension >= (uint)Order.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a group dimension.");
        }
    }

    private static void CheckValue(string value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        if (!IsValidValue(value))
        {
            throw new ArgumentException($"A group key value must be non-empty, without white space at either end, ';' or '=': '{value}'.", parameter);
        }
    }
}
