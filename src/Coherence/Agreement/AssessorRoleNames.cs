using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>The names of assessor roles as files, tables and command lines write them.</summary>
public static class AssessorRoleNames
{
    /// <summary>Gets a role's name: <c>government</c>, <c>civil-society</c> or <c>independent</c>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public static string Of(AssessorRole role) => role switch
    {
        AssessorRole.Government => "government",
        AssessorRole.CivilSociety => "civil-society",
        _ => "independent",
    };

    /// <summary>Reads a role from its name, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="role">The role, when the name is one.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool TryParse(string? name, out AssessorRole role)
    {
        foreach (var candidate in new[] { AssessorRole.Government, AssessorRole.CivilSociety, AssessorRole.Independent })
        {
            if (string.Equals(name?.Trim(), Of(candidate), System.StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
