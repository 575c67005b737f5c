using System.Collections.Generic;

namespace Coherence.Robustness;

/// <summary>A robustness specification checked against a rubric: the uncertain inputs, compiled, and how results are measured.</summary>
/// <param name="Factors">The uncertain inputs, in the specification's order.</param>
/// <param name="Measure">What countries are ranked on.</param>
/// <param name="Bootstrap">How many bootstrap resamples give the indices' intervals.</param>
/// <param name="Confidence">The confidence level of those intervals.</param>
internal sealed record RobustnessPlan(IReadOnlyList<UncertainFactor> Factors, RankMeasure Measure, int Bootstrap, double Confidence)
{
    /// <summary>Gets a plan that varies nothing: every draw is the rubric's own method.</summary>
    public static RobustnessPlan Nominal { get; } = new(new UncertainFactor[0], RankMeasure.Level, 100, 0.95);
}
