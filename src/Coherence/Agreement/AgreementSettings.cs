namespace Coherence.Agreement;

/// <summary>How agreement is measured: the bootstrap behind alpha's confidence interval.</summary>
public sealed record AgreementSettings
{
    /// <summary>Gets the number of bootstrap resamples; 0 computes no interval.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Gets the seed of the resampling: the same assessments and seed give the same intervals.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the coverage of the confidence interval.</summary>
    public double Confidence { get; init; } = 0.95;
}
