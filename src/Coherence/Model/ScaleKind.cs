namespace Coherence.Model;

/// <summary>Whether a scale has named levels or a continuous range.</summary>
public enum ScaleKind
{
    /// <summary>Named, ordered levels, each with a value from 0 to 100.</summary>
    Ordinal,

    /// <summary>Any number between a minimum and a maximum.</summary>
    Continuous,
}
