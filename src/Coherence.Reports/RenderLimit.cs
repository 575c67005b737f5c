namespace Coherence.Reports;

/// <summary>Which of the <see cref="RenderLimits"/> a render went past.</summary>
internal enum RenderLimit
{
    /// <summary>Too many loop steps.</summary>
    Loop,

    /// <summary>Too much output.</summary>
    Output,

    /// <summary>Too long.</summary>
    Time,
}
