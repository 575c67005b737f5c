namespace Coherence.Agreement;

/// <summary>How well the raters agree over a set of cells: a dimension, a group, a facet, an indicator or all of them.</summary>
/// <param name="Scope">Which kind of set of cells.</param>
/// <param name="Key">The dimension, group, facet or indicator id; <see langword="null"/> for the overall summary.</param>
/// <param name="Cells">The cells in scope that apply.</param>
/// <param name="Compared">The cells on which two or more raters took a stand.</param>
/// <param name="ExactAgreement">The share (0-1) of compared cells on which every rater gave the same answer, or <see langword="null"/> when none was compared.</param>
/// <param name="MeanDifference">The mean distance between two raters' scores, in points of 0-100, over the pairs of scores in compared cells; <see langword="null"/> when none.</param>
/// <param name="Metric">The metric of alpha: ordinal for levels, interval for continuous values or a mix.</param>
/// <param name="Alpha">Krippendorff's alpha over the levels and values given, with its bootstrap interval.</param>
/// <param name="LinearKappa">Cohen's kappa with linear weights, when there are exactly two raters and the cells are rated on levels; otherwise <see langword="null"/>.</param>
/// <param name="QuadraticKappa">Cohen's kappa with quadratic weights, under the same conditions.</param>
public sealed record AgreementSummary(
    AgreementScope Scope,
    string? Key,
    int Cells,
    int Compared,
    double? ExactAgreement,
    double? MeanDifference,
    AlphaMetric Metric,
    AlphaEstimate Alpha,
    double? LinearKappa,
    double? QuadraticKappa);
