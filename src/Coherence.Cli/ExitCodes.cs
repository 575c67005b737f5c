namespace Coherence.Cli;

/// <summary>The exit codes of <c>coherence</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
}
