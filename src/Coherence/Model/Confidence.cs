namespace Coherence.Model;

/// <summary>How sure the assessors are of an answer.</summary>
public enum Confidence
{
    /// <summary>Not stated.</summary>
    Unspecified,

    /// <summary>Little or indirect evidence.</summary>
    Low,

    /// <summary>Some direct evidence.</summary>
    Medium,

    /// <summary>Strong, direct evidence.</summary>
    High,
}
