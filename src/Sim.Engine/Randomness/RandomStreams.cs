using System.Text;

namespace Sim.Engine.Randomness;

/// <summary>
/// The root of all randomness in a study: from one 64-bit root seed it derives an independent
/// <see cref="RandomStream"/> for every (replication, stream name) pair, so that adding or removing
/// draws in one stream never shifts the numbers of another (common random numbers across what-if
/// scenarios) and results do not depend on creation order or thread count.
/// </summary>
/// <remarks>
/// <para>Derivation (stable across processes, platforms and versions of .NET):</para>
/// <code>
/// h    = FNV-1a 64 of the UTF-8 bytes of name   (offset 0xCBF29CE484222325, prime 0x100000001B3)
/// a    = Mix(rootSeed + G)
/// b    = Mix(a ^ (replication + G))   (replication as an unsigned 64-bit value)
/// seed = Mix(b ^ (h + G))
/// </code>
/// <para>where Mix is the SplitMix64 output function and G = 0x9E3779B97F4A7C15 (all arithmetic
/// modulo 2^64); the stream is then <c>new RandomStream(seed)</c>, whose four state words are the
/// next four SplitMix64 outputs from seed. <see cref="string.GetHashCode()"/> is never used (it is
/// randomised per process).</para>
/// <para>Immutable and thread-safe; the <see cref="ReplicationStreams"/> it hands out are not.</para>
/// </remarks>
public sealed class RandomStreams
{
    private const ulong FnvOffsetBasis = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>Creates the stream factory for a study.</summary>
    /// <param name="rootSeed">The study's root seed; equal seeds give equal streams.</param>
    public RandomStreams(ulong rootSeed) => RootSeed = rootSeed;

    /// <summary>The study's root seed.</summary>
    public ulong RootSeed { get; }

    /// <summary>Returns the streams of one replication (a new, independent factory per call).</summary>
    /// <param name="replication">Replication index, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replication"/> is negative.</exception>
    public ReplicationStreams ForReplication(int replication)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        return new ReplicationStreams(this, replication);
    }

    /// <summary>Creates a fresh generator at the start of the stream <paramref name="name"/> of <paramref name="replication"/>.</summary>
    /// <param name="replication">Replication index, zero or more.</param>
    /// <param name="name">Stream name, compared ordinally (case-sensitive); may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replication"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public RandomStream CreateStream(int replication, string name) => new(DeriveSeed(replication, name));

    /// <summary>The seed of stream <paramref name="name"/> in <paramref name="replication"/>, as documented on this type.</summary>
    /// <param name="replication">Replication index, zero or more.</param>
    /// <param name="name">Stream name, compared ordinally (case-sensitive); may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replication"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ulong DeriveSeed(int replication, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        ArgumentNullException.ThrowIfNull(name);
        unchecked
        {
            var a = SplitMix64.Mix(RootSeed + SplitMix64.GoldenGamma);
            var b = SplitMix64.Mix(a ^ ((ulong)replication + SplitMix64.GoldenGamma));
            return SplitMix64.Mix(b ^ (Fnv1a64(name) + SplitMix64.GoldenGamma));
        }
    }

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 encoding of <paramref name="text"/>.</summary>
    internal static ulong Fnv1a64(string text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        var hash = FnvOffsetBasis;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }

        return hash;
    }
}
