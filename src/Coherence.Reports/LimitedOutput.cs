using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Scriban.Runtime;

namespace Coherence.Reports;

/// <summary>A template output that writes to a <see cref="TextWriter"/> and counts what it writes against the render's limits.</summary>
internal sealed class LimitedOutput : IScriptOutput
{
    private readonly TextWriter writer;
    private readonly ReportContext context;

    /// <summary>Initializes a new instance of the <see cref="LimitedOutput"/> class.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="context">Counts the text.</param>
    public LimitedOutput(TextWriter writer, ReportContext context)
    {
        this.writer = writer;
        this.context = context;
    }

    /// <summary>Gets the writer, for a partial's buffer.</summary>
    public TextWriter Writer => writer;

    /// <inheritdoc/>
    public void Write(string text, int offset, int count)
    {
        context.Count(count);
        writer.Write(offset == 0 && count == text.Length ? text : text.Substring(offset, count));
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }
}
