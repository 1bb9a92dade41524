using System.Buffers.Binary;
using Sim.Engine.Randomness;
using MnGamma = MathNet.Numerics.Distributions.Gamma;

namespace Sim.Engine.Tests.Randomness;

public sealed class RandomStreamTests
{
    [Theory]
    // Reference values from an independent Python transcription of Vigna's xoshiro256starstar.c and
    // splitmix64.c (state = four successive SplitMix64 outputs from the seed).
    [InlineData(0UL, 0x99ec5f36cb75f2b4UL, 0xbf6e1f784956452aUL, 0x1a5f849d4933e6e0UL, 0x6aa594f1262d2d2cUL)]
    [InlineData(42UL, 0x15780b2e0c2ec716UL, 0x6104d9866d113a7eUL, 0xae17533239e499a1UL, 0xecb8ad4703b360a1UL)]
    public void NextUInt64_KnownSeed_MatchesReferenceImplementation(ulong seed, ulong first, ulong second, ulong third, ulong fourth)
    {
        var rng = new RandomStream(seed);

        Assert.Equal([first, second, third, fourth], new[] { rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64() });
    }

    [Fact]
    public void Seed_Construction_IsKept()
    {
        Assert.Equal(0xDEADBEEFUL, new RandomStream(0xDEADBEEFUL).Seed);
    }

    [Fact]
    public void NextUInt64_SameSeed_SameSequence()
    {
        var a = new RandomStream(7);
        var b = new RandomStream(7);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Fact]
    public void NextUInt64_DifferentSeeds_DifferentSequences()
    {
        var a = new RandomStream(7);
        var b = new RandomStream(8);
        var equal = 0;
        for (var i = 0; i < 1000; i++)
        {
            equal += a.NextUInt64() == b.NextUInt64() ? 1 : 0;
        }

        Assert.Equal(0, equal);
    }

    [Fact]
    public void NextUnit_Always_Top53BitsOfNextUInt64InUnitInterval()
    {
        var a = new RandomStream(3);
        var b = new RandomStream(3);
        for (var i = 0; i < 10_000; i++)
        {
            var u = a.NextUnit();
            Assert.InRange(u, 0.0, Math.BitDecrement(1.0));
            Assert.Equal((b.NextUInt64() >> 11) * Math.Pow(2, -53), u);
        }
    }

    [Fact]
    public void NextDouble_AsRandom_SameSequenceAsNextUnit()
    {
        var a = new RandomStream(11);
        Random b = new RandomStream(11);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(a.NextUnit(), b.NextDouble());
        }
    }

    [Fact]
    public void MathNetSampler_GivenStream_DrawsFromTheStream()
    {
        // MathNet samplers call Random.NextDouble, which must be this generator's, so equal seeds
        // give equal samples and a different seed a different one.
        var a = MnGamma.Sample(new RandomStream(5), 2.5, 1.0);
        var b = MnGamma.Sample(new RandomStream(5), 2.5, 1.0);
        var c = MnGamma.Sample(new RandomStream(6), 2.5, 1.0);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 5)]
    [InlineData(int.MinValue, int.MaxValue)]
    [InlineData(int.MaxValue - 3, int.MaxValue)]
    public void NextMinMax_ManyDraws_StayInHalfOpenRange(int min, int max)
    {
        var rng = new RandomStream(17);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(rng.Next(min, max), min, max - 1);
        }
    }

    [Fact]
    public void NextMinMax_EqualBounds_ReturnsMin()
    {
        Assert.Equal(9, new RandomStream(1).Next(9, 9));
        Assert.Equal(9L, new RandomStream(1).NextInt64(9, 9));
    }

    [Fact]
    public void NextInt64MinMax_FullRange_StaysInRange()
    {
        var rng = new RandomStream(19);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(rng.NextInt64(long.MinValue, long.MaxValue), long.MinValue, long.MaxValue - 1);
            Assert.InRange(rng.NextInt64(), 0, long.MaxValue - 1);
            Assert.InRange(rng.Next(), 0, int.MaxValue - 1);
        }
    }

    [Fact]
    public void NextMax_TenBins_CountsPassChiSquare()
    {
        const int Draws = 100_000;
        var rng = new RandomStream(23);
        var counts = new int[10];
        for (var i = 0; i < Draws; i++)
        {
            counts[rng.Next(10)]++;
        }

        var expected = Draws / 10.0;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        // 27.88 is the 0.999 quantile of chi-square with 9 degrees of freedom: a correct generator
        // fails this fixed-seed check with probability 0.1%.
        Assert.True(chiSquare < 27.88, $"chi-square {chiSquare}");
    }

    [Fact]
    public void NextMax_NegativeBound_Throws()
    {
        var rng = new RandomStream(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Next(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Next(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt64(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextUInt64(0));
    }

    [Fact]
    public void NextBytes_ElevenBytes_LittleEndianWordsThenPrefixOfNext()
    {
        var bytes = new byte[11];
        new RandomStream(29).NextBytes(bytes);

        var words = new RandomStream(29);
        var expected = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(expected, words.NextUInt64());
        BinaryPrimitives.WriteUInt64LittleEndian(expected.AsSpan(8), words.NextUInt64());
        Assert.Equal(expected[..11], bytes);
    }

    [Fact]
    public void NextSingle_ManyDraws_InUnitInterval()
    {
        var rng = new RandomStream(31);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(rng.NextSingle(), 0f, MathF.BitDecrement(1f));
        }
    }
}
