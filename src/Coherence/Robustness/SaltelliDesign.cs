using System;

namespace Coherence.Robustness;

/// <summary>Saltelli's sampling design for Sobol indices: two independent base samples A and B, and for each factor the matrix A with that factor's column taken from B.</summary>
/// <remarks>
/// <para>
/// The design has <see cref="BaseSamples"/> × (<see cref="Factors"/> + 2) runs, in this order: the rows of A, the rows of B,
/// then the rows of A<sub>B</sub><sup>(1)</sup>, A<sub>B</sub><sup>(2)</sup> and so on. Every run is one draw from the joint
/// distribution of the factors, so all runs can also serve the uncertainty analysis.
/// </para>
/// <para>
/// A cell of the design is not a number but a 64-bit seed: a factor turns its seed into its value, which may be one uniform
/// number (a threshold), one choice among alternatives or a whole vector (Dirichlet weights). Seeds are hashed from the design's
/// seed, the matrix, the row and the factor, so nothing is stored and any run can be reproduced alone.
/// </para>
/// </remarks>
public sealed class SaltelliDesign
{
    private readonly ulong seed;

    /// <summary>Initializes a new instance of the <see cref="SaltelliDesign"/> class.</summary>
    /// <param name="baseSamples">The number of rows of A and of B; at least 2.</param>
    /// <param name="factors">The number of uncertain factors; at least 1.</param>
    /// <param name="seed">The seed of the whole design.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 base samples or no factor.</exception>
    public SaltelliDesign(int baseSamples, int factors, ulong seed)
    {
        if (baseSamples < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(baseSamples));
        }

        if (factors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factors));
        }

        BaseSamples = baseSamples;
        Factors = factors;
        this.seed = seed;
    }

    /// <summary>Gets the number of rows of A and of B.</summary>
    public int BaseSamples { get; }

    /// <summary>Gets the number of uncertain factors.</summary>
    public int Factors { get; }

    /// <summary>Gets the number of runs: <see cref="BaseSamples"/> × (<see cref="Factors"/> + 2).</summary>
    public int Runs => BaseSamples * (Factors + 2);

    /// <summary>Gets the seed of a factor in a run.</summary>
    /// <param name="run">The run, from 0 to <see cref="Runs"/> − 1.</param>
    /// <param name="factor">The factor, from 0 to <see cref="Factors"/> − 1.</param>
    /// <returns>The seed the factor turns into its value for that run.</returns>
    public ulong FactorSeed(int run, int factor)
    {
        var block = run / BaseSamples;
        var row = run - (block * BaseSamples);
        var matrix = block switch
        {
            0 => 0,
            1 => 1,
            _ => block - 2 == factor ? 1 : 0,
        };
        return Cell(matrix, row, factor);
    }

    /// <summary>Gets which matrix a run belongs to: <c>A</c>, <c>B</c> or <c>AB1</c>, <c>AB2</c>, … (factors counted from 1).</summary>
    /// <param name="run">The run.</param>
    /// <returns>The matrix's name.</returns>
    public string MatrixOf(int run)
    {
        var block = run / BaseSamples;
        return block switch
        {
            0 => "A",
            1 => "B",
            _ => "AB" + (block - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Gets the first uniform number in [0, 1) of a factor seed's stream: the value of a factor that is one uniform number.</summary>
    /// <param name="factorSeed">A seed from <see cref="FactorSeed"/>.</param>
    /// <returns>The number.</returns>
    public static double Uniform(ulong factorSeed) => new Xoshiro256(factorSeed).NextDouble();

    private ulong Cell(int matrix, int row, int factor)
    {
        var state = seed;
        var h = Xoshiro256.SplitMix64(ref state);
        h = Xoshiro256.Mix(h ^ ((ulong)(uint)matrix * 0xD1B54A32D192ED03UL));
        h = Xoshiro256.Mix(h ^ ((ulong)(uint)row * 0x8CB92BA72F3D8DD7UL));
        return Xoshiro256.Mix(h ^ ((ulong)(uint)factor * 0xABC98388FB8FAC03UL + 1));
    }
}
