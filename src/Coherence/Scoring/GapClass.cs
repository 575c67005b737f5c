namespace Coherence.Scoring;

/// <summary>How law and practice relate in a cell of the group-by-dimension matrix, or for one indicator.</summary>
public enum GapClass
{
    /// <summary>Law and practice agree and are both high: the law is good and it is applied.</summary>
    CoherentHigh,

    /// <summary>Law and practice agree but are both low: little is provided and little is done.</summary>
    CoherentLow,

    /// <summary>The law is ahead of practice: what is written is not implemented.</summary>
    ImplementationGap,

    /// <summary>Practice is ahead of the law: things are done that the law does not provide or back.</summary>
    PracticeAheadOfLaw,

    /// <summary>Too little data to classify.</summary>
    InsufficientData,
}
