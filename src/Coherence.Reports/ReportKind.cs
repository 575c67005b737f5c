namespace Coherence.Reports;

/// <summary>What a report covers.</summary>
public enum ReportKind
{
    /// <summary>One country and period: headline figures, heat map, gaps with their evidence, missing data, provenance.</summary>
    CountryProfile,

    /// <summary>Several countries side by side for one period.</summary>
    RegionalComparison,
}
