namespace Sim.Models.Planning.Plans;

/// <summary>Creates <see cref="ValueList{T}"/> instances; the target of collection expressions. Stateless and thread-safe.</summary>
public static class ValueListBuilder
{
    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>A list holding the items of <paramref name="items"/>, in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ValueList<T>(items.ToArray());
    }
}
