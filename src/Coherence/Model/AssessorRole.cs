namespace Coherence.Model;

/// <summary>On whose behalf an assessor rates.</summary>
public enum AssessorRole
{
    /// <summary>A government team.</summary>
    Government,

    /// <summary>A civil-society organisation.</summary>
    CivilSociety,

    /// <summary>An independent expert or consultant.</summary>
    Independent,
}
