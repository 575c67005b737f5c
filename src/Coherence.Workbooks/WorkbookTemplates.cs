using System.Collections.Generic;
using System.IO;

namespace Coherence.Workbooks;

/// <summary>The templates of a batch of rubric workbooks: each written and deflated once, then copied for every country it fits.</summary>
/// <remarks>Safe to use from several threads; a template is built by the first workbook that needs it.</remarks>
internal sealed class WorkbookTemplates
{
    private readonly List<WorkbookTemplate> templates = new();
    private readonly object gate = new();

    /// <summary>Gets how many templates the batch has built so far.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return templates.Count;
            }
        }
    }

    /// <summary>Writes a request's workbook from the template that fits it, built when none does.</summary>
    public void Write(RubricWorkbookRequest request, Stream stream)
    {
        WorkbookTemplate? template = null;
        lock (gate)
        {
            foreach (var candidate in templates)
            {
                if (candidate.Fits(request))
                {
                    template = candidate;
                    break;
                }
            }

            if (template is null)
            {
                template = WorkbookTemplate.Build(request);
                if (template.Shared)
                {
                    templates.Add(template);
                }
            }
        }

        template.Write(request, stream);
    }
}
