using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sim.Engine.Randomness;

/// <summary>
/// A xoshiro256** pseudo-random generator (Blackman and Vigna 2018) whose 256-bit state is filled
/// by four successive SplitMix64 outputs from a 64-bit seed. It derives from <see cref="Random"/>
/// so that samplers taking a <see cref="Random"/> (for example MathNet.Numerics'
/// <c>Gamma.Sample(Random, shape, rate)</c>) draw from it; every virtual member of
/// <see cref="Random"/> is overridden, so the base class's own generator is never used.
/// </summary>
/// <remarks>
/// Obtain streams from <see cref="RandomStreams"/> so that each replication and each named part of
/// a model has its own independent sequence. Not thread-safe: use one stream per replication per
/// name, on one thread at a time. Instances never allocate after construction.
/// </remarks>
[SuppressMessage("Naming", "CA1711", Justification = "A random stream in the simulation sense (one named sequence of random numbers), not a System.IO.Stream.")]
public sealed class RandomStream : Random
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private const float SingleScale = 1.0f / (1U << 24);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose state is four successive SplitMix64 outputs from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal sequences.</param>
    public RandomStream(ulong seed)
        : base(0) // Seeded base constructor: the base generator is never consulted, and this avoids touching Random.Shared.
    {
        Seed = seed;
        var state = seed;
        _s0 = SplitMix64.Next(ref state);
        _s1 = SplitMix64.Next(ref state);
        _s2 = SplitMix64.Next(ref state);
        _s3 = SplitMix64.Next(ref state);
    }

    /// <summary>The seed this generator was created from.</summary>
    public ulong Seed { get; }

    /// <summary>Returns the next 64 uniformly distributed random bits and advances the state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            var s0 = _s0;
            var s1 = _s1;
            var s2 = _s2;
            var s3 = _s3;

            var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;

            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = BitOperations.RotateLeft(s3, 45);

            _s0 = s0;
            _s1 = s1;
            _s2 = s2;
            _s3 = s3;
            return result;
        }
    }

    /// <summary>
    /// Returns a uniform double in [0, 1) with 53 random bits (a multiple of 2^-53). This is the
    /// non-virtual fast path for samplers; <see cref="NextDouble"/> returns the same sequence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUnit() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>Returns a uniform integer in [0, <paramref name="bound"/>) without modulo bias (Lemire's method).</summary>
    /// <param name="bound">Exclusive upper bound; must be positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is zero.</exception>
    public ulong NextUInt64(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        return NextBounded(bound);
    }

    /// <inheritdoc cref="NextUnit"/>
    public override double NextDouble() => NextUnit();

    /// <summary>Returns a uniform single in [0, 1) with 24 random bits.</summary>
    public override float NextSingle() => (NextUInt64() >> 40) * SingleScale;

    /// <summary>Returns a uniform non-negative integer less than <see cref="int.MaxValue"/>.</summary>
    public override int Next()
    {
        while (true)
        {
            // 31 random bits give [0, int.MaxValue]; the upper end is excluded as Random's contract requires.
            var result = NextUInt64() >> 33;
            if (result != int.MaxValue)
            {
                return (int)result;
            }
        }
    }

    /// <summary>Returns a uniform integer in [0, <paramref name="maxValue"/>); 0 when <paramref name="maxValue"/> is 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxValue"/> is negative.</exception>
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return maxValue <= 1 ? 0 : (int)NextBounded((ulong)maxValue);
    }

    /// <summary>Returns a uniform integer in [<paramref name="minValue"/>, <paramref name="maxValue"/>); <paramref name="minValue"/> when they are equal.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minValue"/> is greater than <paramref name="maxValue"/>.</exception>
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        var range = (ulong)((long)maxValue - minValue);
        return range <= 1 ? minValue : (int)((long)minValue + (long)NextBounded(range));
    }

    /// <summary>Returns a uniform non-negative integer less than <see cref="long.MaxValue"/>.</summary>
    public override long NextInt64()
    {
        while (true)
        {
            var result = NextUInt64() >> 1;
            if (result != long.MaxValue)
            {
                return (long)result;
            }
        }
    }

    /// <summary>Returns a uniform integer in [0, <paramref name="maxValue"/>); 0 when <paramref name="maxValue"/> is 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxValue"/> is negative.</exception>
    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return maxValue <= 1 ? 0 : (long)NextBounded((ulong)maxValue);
    }

    /// <summary>Returns a uniform integer in [<paramref name="minValue"/>, <paramref name="maxValue"/>); <paramref name="minValue"/> when they are equal.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minValue"/> is greater than <paramref name="maxValue"/>.</exception>
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        var range = unchecked((ulong)maxValue - (ulong)minValue);
        return range <= 1 ? minValue : unchecked(minValue + (long)NextBounded(range));
    }

    /// <summary>Fills <paramref name="buffer"/> with random bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    /// <summary>Fills <paramref name="buffer"/> with random bytes, eight per 64-bit draw, little-endian.</summary>
    public override void NextBytes(Span<byte> buffer)
    {
        while (buffer.Length >= sizeof(ulong))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(buffer, NextUInt64());
            buffer = buffer[sizeof(ulong)..];
        }

        if (!buffer.IsEmpty)
        {
            Span<byte> last = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(last, NextUInt64());
            last[..buffer.Length].CopyTo(buffer);
        }
    }

    /// <inheritdoc cref="NextUnit"/>
    protected override double Sample() => NextUnit();

    private ulong NextBounded(ulong bound)
    {
        // Lemire (2019): the high word of a 128-bit product is uniform on [0, bound) once the
        // few low words below (2^64 mod bound) are rejected.
        var high = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0UL - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return high;
    }
}
