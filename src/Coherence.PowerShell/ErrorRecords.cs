using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.PowerShell;

/// <summary>Turns diagnostics into PowerShell error records: the code as error id, a category, the file as target.</summary>
internal static class ErrorRecords
{
    /// <summary>Makes one error record from the errors of one item (a file, an assessment).</summary>
    /// <param name="errors">The item's errors, at least one.</param>
    /// <param name="target">What the errors are about: a path or an object.</param>
    /// <returns>The record; its message lists every error, located, in the session's interface language.</returns>
    public static ErrorRecord Of(IReadOnlyList<Diagnostic> errors, object? target)
    {
        // The first few of each code per file, then "and N more like this", as on the command line.
        errors = DiagnosticCap.Limit(errors, DiagnosticCap.PerCodeFromEnvironment()).ToList();
        // PowerShell sets the thread's UI culture from the session ($PSUICulture); the cmdlets are the shell that reads it.
        var texts = Texts.For(CultureInfo.CurrentUICulture);
        var first = errors[0];
        var message = string.Join(Environment.NewLine, errors.Select(e => PowerShellWording.Of(e, texts)));
        var record = new ErrorRecord(new InvalidDataException(message), first.Code, CategoryOf(first.Code), target);
        if (first.Hint is not null)
        {
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = PowerShellWording.Say(texts.Render(first.Hint)) };
        }

        return record;
    }

    /// <summary>Chooses the error category for a diagnostic code.</summary>
    /// <param name="code">The code, such as <c>IN001</c>.</param>
    /// <returns>The category.</returns>
    public static ErrorCategory CategoryOf(string code) => code switch
    {
        "IN001" or "RUB000" => ErrorCategory.ObjectNotFound,
        "IN003" => ErrorCategory.InvalidType,
        "OUT002" => ErrorCategory.ResourceExists,
        "OUT001" or "OUT003" => ErrorCategory.WriteError,
        "CMP001" or "CMP002" or "CMP003" or "CMP004" or "OUT004" or "IN004" => ErrorCategory.InvalidArgument,
        _ when code.StartsWith("REP", StringComparison.Ordinal) || code.StartsWith("WBK06", StringComparison.Ordinal) => ErrorCategory.InvalidArgument,
        _ => ErrorCategory.InvalidData,
    };
}
