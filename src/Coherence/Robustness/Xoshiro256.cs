using System;

namespace Coherence.Robustness;

/// <summary>The xoshiro256** generator (Blackman and Vigna, 2018), seeded through SplitMix64: the same numbers on every framework, platform and culture.</summary>
/// <remarks>
/// <see cref="System.Random"/> is not used because its algorithm is not specified across frameworks; seeded robustness runs
/// must give the same draws everywhere. A mutable struct, so that drawing allocates nothing; copy it only to fork a stream.
/// </remarks>
internal struct Xoshiro256
{
    private const double DoubleUnit = 1.0 / 9007199254740992.0;
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;
    private double spareNormal;
    private bool hasSpare;

    /// <summary>Initializes a new instance of the <see cref="Xoshiro256"/> struct from a 64-bit seed.</summary>
    /// <param name="seed">Any seed: SplitMix64 spreads it over the 256-bit state, which is never all zero.</param>
    public Xoshiro256(ulong seed)
    {
        var x = seed;
        s0 = SplitMix64(ref x);
        s1 = SplitMix64(ref x);
        s2 = SplitMix64(ref x);
        s3 = SplitMix64(ref x);
        spareNormal = 0;
        hasSpare = false;
    }

    /// <summary>Advances a SplitMix64 state and returns its next output.</summary>
    /// <param name="state">The state.</param>
    /// <returns>A well-mixed 64-bit value.</returns>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective mix of 64 bits.</summary>
    /// <param name="z">The value.</param>
    /// <returns>The mixed value.</returns>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Gets the next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong Next()
    {
        var result = Rotl(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Rotl(s3, 45);
        return result;
    }

    /// <summary>Gets a uniform double in [0, 1), from the top 53 bits.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (Next() >> 11) * DoubleUnit;

    /// <summary>Gets a uniform integer in [0, <paramref name="count"/>).</summary>
    /// <param name="count">How many values; positive.</param>
    /// <returns>The integer.</returns>
    public int NextInt(int count) => (int)(((Next() >> 32) * (ulong)count) >> 32);

    /// <summary>Gets a standard normal number (Marsaglia's polar method).</summary>
    /// <returns>The number.</returns>
    public double NextNormal()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        spareNormal = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /// <summary>Gets a Gamma(<paramref name="shape"/>, 1) number (Marsaglia and Tsang, 2000).</summary>
    /// <param name="shape">The shape; positive.</param>
    /// <returns>The number, positive.</returns>
    public double NextGamma(double shape)
    {
        if (shape < 1)
        {
            // Gamma(a) = Gamma(a + 1) · U^(1/a).
            var u = NextDouble();
            return NextGamma(shape + 1) * Math.Pow(u, 1 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var w = NextDouble();
            var x2 = x * x;
            if (w < 1 - (0.0331 * x2 * x2) || Math.Log(w) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    private static ulong Rotl(ulong x, int k) => (x << k) | (x >> (64 - k));
}
