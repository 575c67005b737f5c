namespace Coherence.Reports;

/// <summary>A report template, ready to render: what it reports, in which format, and its source.</summary>
public sealed class ReportTemplate
{
    internal ReportTemplate(string name, ReportKind kind, ReportFormat format, TemplateText source, TemplateFolder folder)
    {
        Name = name;
        Kind = kind;
        Format = format;
        Source = source;
        Folder = folder;
    }

    /// <summary>Gets the template's name: a shipped name (<c>country-profile</c>) or the path of the user's file.</summary>
    public string Name { get; }

    /// <summary>Gets what the template reports: one country or a region.</summary>
    public ReportKind Kind { get; }

    /// <summary>Gets the document format the template produces.</summary>
    public ReportFormat Format { get; }

    /// <summary>Gets the usual file extension of what the template produces, with the dot.</summary>
    public string Extension => Format == ReportFormat.Html ? ".html" : ".md";

    internal TemplateText Source { get; }

    internal TemplateFolder Folder { get; }

    // The text is part of the key, so that a template edited between runs in one process is compiled again.
    internal string Id => Folder.Id + "|" + Source.Origin + "|" + Format + "|" + Source.Text;
}
