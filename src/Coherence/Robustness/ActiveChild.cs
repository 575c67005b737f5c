namespace Coherence.Robustness;

/// <summary>One child an (assessment, dimension, group) aggregates, laid out together so that a draw reads it in one place.</summary>
/// <remarks>For an indicator, its two resolved answers; for a child dimension, its index in <see cref="Law"/> and a marker in <see cref="Practice"/>.</remarks>
internal readonly struct ActiveChild
{
    public ActiveChild(int slot, int law, int practice)
    {
        Slot = slot;
        Law = law;
        Practice = practice;
    }

    /// <summary>Gets the child slot.</summary>
    public int Slot { get; }

    /// <summary>Gets the law answer (a level slot, a fixed value or missing), or the child dimension's index.</summary>
    public int Law { get; }

    /// <summary>Gets the practice answer, or the marker of a child dimension.</summary>
    public int Practice { get; }
}
