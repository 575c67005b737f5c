using System;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>What a reconciliation workbook is made from: the teams' answers, how far they agree, and what the rules propose.</summary>
/// <param name="Rubric">The rubric the assessments answer.</param>
/// <param name="Agreement">The agreement of the teams: their answers per cell and the roll-ups.</param>
/// <param name="Proposal">The consensus the rules made, whose answers are proposed for the cells on which the teams differ.</param>
/// <param name="Language">The language of the workbook (<c>es</c>, <c>en</c>).</param>
/// <param name="GeneratedAt">When the workbook is made; written to its metadata.</param>
public sealed record ReconciliationWorkbookRequest(Rubric Rubric, AssessorAgreement Agreement, Assessment Proposal, string Language, DateTimeOffset GeneratedAt)
{
    /// <summary>Gets the password of the sheet protection, or <see langword="null"/> to protect without one.</summary>
    public string? Password { get; init; }

    /// <summary>Gets the version of the tool, recorded in the workbook.</summary>
    public string ToolVersion { get; init; } = "0.0.0";
}
