using System;
using System.Diagnostics;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Coherence.Reports;

/// <summary>
/// The Scriban context one report renders in: it escapes every value a template outputs for the report's format,
/// shows templates only the public properties of the report model, and holds the render to its <see cref="RenderLimits"/>.
/// </summary>
/// <remarks>
/// A value is written unescaped only when it is <see cref="Markup"/>, which only this library makes. Field names are
/// camelCase (<c>country.name</c>, <c>implementationGaps</c>), as <c>docs/templates.md</c> lists them.
/// </remarks>
internal sealed class ReportContext : TemplateContext
{
    private readonly ReportFormat format;
    private readonly RenderLimits limits;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long steps;
    private long written;

    /// <summary>Initializes a new instance of the <see cref="ReportContext"/> class.</summary>
    /// <param name="format">The report's format, which decides the escaping.</param>
    /// <param name="language">The report's language, for the functions.</param>
    /// <param name="limits">What the render may spend.</param>
    /// <param name="strict">Whether a name the model lacks is an error rather than nothing.</param>
    public ReportContext(ReportFormat format, string language, RenderLimits limits, bool strict)
    {
        this.format = format;
        this.limits = limits;
        ReportLanguage = language;
        MemberRenamer = member => CamelCase(member.Name);
        MemberFilter = IsModelProperty;
        StrictVariables = strict;
        EnableRelaxedMemberAccess = !strict;

        // Loop steps and time are counted in OnStepLoop, across all loops; Scriban's own per-loop count is off.
        LoopLimit = 0;
        LoopLimitQueryable = 0;
        RecursiveLimit = limits.Recursion;
        LimitToString = limits.OutputCharacters;
        OutputLimit = limits.OutputCharacters + 1;
        RegexTimeOut = limits.Time;

        // Includes go through the renderer's own include function, which reads only the folder's partials.
        TemplateLoader = null;
    }

    /// <summary>Gets the report's language.</summary>
    public string ReportLanguage { get; }

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is Markup markup)
        {
            Write(markup.Text);
            return this;
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = ObjectToString(textAsObject);
        if (text is { Length: > 0 })
        {
            Write(format == ReportFormat.Html ? HtmlText.Escape(text) : MarkdownTextEncoder.Escape(text));
        }

        return this;
    }

    /// <summary>Counts characters written to any output of this render, and stops it past the limits.</summary>
    /// <param name="count">How many characters are being written.</param>
    public void Count(int count)
    {
        written += count;
        if (written > limits.OutputCharacters)
        {
            throw new RenderLimitException(CurrentNode?.Span ?? default, RenderLimit.Output);
        }

        CheckTime();
    }

    /// <inheritdoc/>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++steps > limits.LoopSteps)
        {
            throw new RenderLimitException(loop.Span, RenderLimit.Loop);
        }

        if ((steps & 255) == 0)
        {
            CheckTime();
        }

        return base.OnStepLoop(loop);
    }

    private static bool IsModelProperty(MemberInfo member) =>
        member is PropertyInfo property && property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
        && property.DeclaringType?.Assembly == typeof(ReportModel).Assembly && property.Name != "EqualityContract";

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    private void CheckTime()
    {
        if (clock.Elapsed > limits.Time)
        {
            throw new RenderLimitException(CurrentNode?.Span ?? default, RenderLimit.Time);
        }
    }
}
