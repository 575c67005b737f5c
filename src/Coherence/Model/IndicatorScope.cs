namespace Coherence.Model;

/// <summary>What one answer to an indicator covers: one migrant group, or the whole country.</summary>
public enum IndicatorScope
{
    /// <summary>The indicator is answered for each migrant group it applies to (the default).</summary>
    Group,

    /// <summary>The indicator asks about the country as a whole: it is answered once, and the answer counts for every group it applies to.</summary>
    Country,
}
