namespace Sim.Engine.Randomness;

/// <summary>
/// The named random streams of one replication, derived from a <see cref="RandomStreams"/> root
/// (see there for the seed derivation).
/// </summary>
/// <remarks>
/// Not thread-safe: a replication runs on one thread and owns its instance.
/// </remarks>
public sealed class ReplicationStreams
{
    private readonly RandomStreams _root;
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);

    internal ReplicationStreams(RandomStreams root, int replication)
    {
        _root = root;
        Replication = replication;
    }

    /// <summary>The replication index these streams belong to.</summary>
    public int Replication { get; }

    /// <summary>
    /// Returns the generator of stream <paramref name="name"/> for this replication. Repeated calls
    /// with the same name return the same instance (so its draws continue, not restart); the
    /// sequence does not depend on which other names were requested, or in which order.
    /// </summary>
    /// <param name="name">Stream name such as "demand" or "customs", compared ordinally.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public RandomStream Stream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = _root.CreateStream(Replication, name);
            _streams.Add(name, stream);
        }

        return stream;
    }
}
