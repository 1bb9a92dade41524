namespace Sim.Engine.Randomness;

/// <summary>
/// The SplitMix64 generator and mixing function (Steele, Lea and Flood 2014), used to expand a
/// 64-bit seed into a <see cref="RandomStream"/> state and to derive stream seeds.
/// </summary>
/// <remarks>Pure functions of their arguments; thread-safe.</remarks>
internal static class SplitMix64
{
    /// <summary>The golden-ratio increment 0x9E3779B97F4A7C15 added to the state before each output.</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> by <see cref="GoldenGamma"/> and returns the mixed output.</summary>
    public static ulong Next(ref ulong state)
    {
        state = unchecked(state + GoldenGamma);
        return Mix(state);
    }

    /// <summary>The SplitMix64 output function: a bijection on 64-bit values with full avalanche.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
