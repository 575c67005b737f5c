namespace Coherence.Reports;

/// <summary>The document format a template produces.</summary>
public enum ReportFormat
{
    /// <summary>A self-contained HTML page (inline CSS and SVG, no script).</summary>
    Html,

    /// <summary>Markdown, for people who publish in Markdown.</summary>
    Markdown,
}
