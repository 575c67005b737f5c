namespace Coherence.Model;

/// <summary>Which end of a scale is the better one.</summary>
public enum Polarity
{
    /// <summary>Higher raw values are better: they normalise to higher scores.</summary>
    HigherIsBetter,

    /// <summary>Lower raw values are better: the scale is reversed when normalised.</summary>
    LowerIsBetter,
}
