namespace Coherence.Model;

/// <summary>What kind of answer a response is.</summary>
public enum ResponseStatus
{
    /// <summary>A level or a value was given.</summary>
    Answered,

    /// <summary>The indicator does not apply to this country and group: it is left out, not counted as missing.</summary>
    NotApplicable,

    /// <summary>The assessors do not know: the answer is missing and lowers coverage.</summary>
    Unknown,
}
