using System.Collections.Generic;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>What a filled reconciliation workbook holds: the teams' assessments it was made from, the rules, and the decisions entered.</summary>
/// <param name="Rubric">The rubric the assessments answer.</param>
/// <param name="Sources">The teams' assessments, as they were when the workbook was made, with their original files as source.</param>
/// <param name="Rules">The rules that made the proposals, in order.</param>
/// <param name="Decisions">The agreed answers entered, by cell.</param>
public sealed record ReconciliationWorkbook(Rubric Rubric, IReadOnlyList<Assessment> Sources, IReadOnlyList<ReconciliationRule> Rules, IReadOnlyDictionary<ResponseKey, ReconciliationDecision> Decisions);
