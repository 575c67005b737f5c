using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>A rubric workbook checked and ready to write: what <see cref="NewWorkbookOperation"/> plans before it writes, so that a list of workbooks is checked whole first.</summary>
/// <param name="Request">What the writer lays out.</param>
/// <param name="OutputPath">The workbook to write.</param>
/// <param name="Force">Whether an existing file may be replaced.</param>
/// <param name="Result">What writing it makes: the path and the answers carried over.</param>
internal sealed record NewWorkbookPlan(RubricWorkbookRequest Request, string OutputPath, bool Force, NewWorkbookResult Result);
