namespace Coherence.Workbooks;

/// <summary>The paper a workbook is laid out to print on.</summary>
/// <remarks>Letter is the default: it is the paper of Mexico, Central America and the Caribbean, where the bundled rubric is used.</remarks>
public enum Paper
{
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter = 0,

    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4 = 1,
}
