using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Robustness;

/// <summary>The outcome of a robustness analysis: rank intervals, class probabilities and sensitivity indices.</summary>
/// <param name="Rubric">The rubric.</param>
/// <param name="Measure">What countries are ranked on.</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Draws">How many draws were evaluated.</param>
/// <param name="BaseSamples">The base sample of the Saltelli design (0 when nothing varies).</param>
/// <param name="Factors">The uncertain inputs, in design order.</param>
/// <param name="Ranks">Rank intervals per assessment, overall then per group.</param>
/// <param name="Classes">Class probabilities per assessment and matrix cell.</param>
/// <param name="Sensitivity">Sobol indices per assessment, input and target.</param>
/// <param name="Confidence">The confidence level of the indices' intervals.</param>
/// <param name="CreatedAt">When the analysis was made.</param>
/// <param name="ToolVersion">The version of the tool that made it.</param>
public sealed record RobustnessResult(
    Rubric Rubric,
    RankMeasure Measure,
    ulong Seed,
    int Draws,
    int BaseSamples,
    IReadOnlyList<RobustnessFactor> Factors,
    IReadOnlyList<RankInterval> Ranks,
    IReadOnlyList<ClassProbability> Classes,
    IReadOnlyList<SensitivityRow> Sensitivity,
    double Confidence,
    DateTimeOffset CreatedAt,
    string ToolVersion);
