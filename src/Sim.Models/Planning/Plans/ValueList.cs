using System.Collections;
using System.Runtime.CompilerServices;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// An immutable list that is equal to another when they hold equal items in the same order, so that
/// records holding lists (a <see cref="Plan"/> and its parts) compare by value: a plan written and
/// read back equals the original, and an optimisation loop can tell when its plan stopped changing.
/// Build it with a collection expression (<c>Lanes = [lane1, lane2]</c>) or <see cref="ValueListBuilder.Create{T}"/>.
/// Thread-safe (never changes after construction).
/// </summary>
/// <typeparam name="T">The item type; its own <see cref="object.Equals(object)"/> decides item equality.</typeparam>
[CollectionBuilder(typeof(ValueListBuilder), nameof(ValueListBuilder.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    /// <summary>Number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => _items[index];

    /// <summary>Equal items in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    /// <returns>True when both hold equal items in the same order.</returns>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items in order.</summary>
    /// <returns>An enumerator over the items.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items, comma-separated, in brackets (for test and debug messages).</summary>
    /// <returns>Text such as <c>[a, b]</c>.</returns>
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
