namespace Coherence.Agreement;

/// <summary>Which cells an agreement summary rolls up.</summary>
public enum AgreementScope
{
    /// <summary>Every cell.</summary>
    Overall,

    /// <summary>The cells of one top-level dimension.</summary>
    Dimension,

    /// <summary>The cells of one migrant group.</summary>
    Group,

    /// <summary>The cells of one facet (law or practice).</summary>
    Facet,

    /// <summary>The cells of one indicator, over its groups and facets.</summary>
    Indicator,
}
