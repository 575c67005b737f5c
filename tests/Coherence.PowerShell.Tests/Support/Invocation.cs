using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;

namespace Coherence.PowerShell.Tests.Support;

/// <summary>What a script wrote.</summary>
/// <param name="Output">The output objects.</param>
/// <param name="Errors">The error records.</param>
/// <param name="Warnings">The warning messages.</param>
public sealed record Invocation(Collection<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<string> Warnings);
