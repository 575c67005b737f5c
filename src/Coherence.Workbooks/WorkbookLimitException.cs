using System;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>Thrown while a workbook is read when it goes past a <see cref="WorkbookLimits"/> limit or holds what is refused; the reader turns it into a located diagnostic.</summary>
internal sealed class WorkbookLimitException : Exception
{
    public WorkbookLimitException(string code, Phrase reason, string? where, Phrase? hint)
        : base(reason.ToString())
    {
        Code = code;
        Reason = reason;
        Where = where;
        Hint = hint;
    }

    /// <summary>Gets the diagnostic code.</summary>
    public string Code { get; }

    /// <summary>Gets what was refused and why.</summary>
    public Phrase Reason { get; }

    /// <summary>Gets the sheet cell or package entry, or <see langword="null"/>.</summary>
    public string? Where { get; }

    /// <summary>Gets how to go on: which limit to raise, or what to fix.</summary>
    public Phrase? Hint { get; }
}
