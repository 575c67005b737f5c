using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Coherence.Reports;

/// <summary>Renders report models with Scriban templates: each template is parsed once per renderer and reused.</summary>
/// <remarks>
/// <para>Every value a template outputs is escaped for the report's format (HTML or Markdown); only markup this library
/// built (the SVG charts, a rendered partial) is written as it is. Templates see the report model's public properties
/// and the report functions, nothing else of .NET; <c>include</c> reads only the partials of the template's folder.</para>
/// <para>A render is held to loop, recursion, output and time limits, so a template that never ends fails with a
/// located message. Template errors are reported as <c>file:line:col</c> with a hint. One renderer may be used from
/// several threads.</para>
/// </remarks>
public sealed class ReportRenderer
{
    private static readonly ScriptObject Functions = ReportHelpers.Create();

    private readonly ConcurrentDictionary<string, Lazy<Compiled>> compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Environment>> environments = new(StringComparer.Ordinal);
    private readonly bool strict;
    private readonly RenderLimits limits;
    private int compilations;

    /// <summary>Initializes a new instance of the <see cref="ReportRenderer"/> class.</summary>
    public ReportRenderer()
        : this(strict: false)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportRenderer"/> class.</summary>
    /// <param name="strict">Whether a template that names a field the model lacks fails, which tests of the shipped templates want.</param>
    /// <param name="limits">What a render may spend; <see cref="RenderLimits.Default"/> when <see langword="null"/>.</param>
    internal ReportRenderer(bool strict, RenderLimits? limits = null)
    {
        this.strict = strict;
        this.limits = limits ?? RenderLimits.Default;
    }

    /// <summary>Gets how many templates this renderer compiled, for tests of the cache.</summary>
    internal int Compilations => compilations;

    /// <summary>Renders a model to text.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model; its kind must be the template's.</param>
    /// <returns>The document, or the diagnostics that prevent it.</returns>
    public Result<string> Render(ReportTemplate template, ReportModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var diagnostics = Render(template, model, writer);
        return diagnostics.Any(d => d.IsError) ? Result<string>.Failure(diagnostics) : new Result<string>(writer.ToString(), diagnostics);
    }

    /// <summary>Renders a model to a writer.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model; its kind must be the template's.</param>
    /// <param name="output">Receives the document; on error it may have received part of it.</param>
    /// <returns>The diagnostics; errors mean that the document is incomplete.</returns>
    public IReadOnlyList<Diagnostic> Render(ReportTemplate template, ReportModel model, TextWriter output)
    {
        if (template is null)
        {
            throw new ArgumentNullException(nameof(template));
        }

        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        var expected = template.Kind == ReportKind.CountryProfile ? "country-profile" : "regional-comparison";
        if (model.Kind != expected)
        {
            throw new ArgumentException($"the template {template.Name} renders a {expected}, not a {model.Kind}", nameof(model));
        }

        var compiledTemplate = Compile(template);
        if (compiledTemplate.Template is null)
        {
            return compiledTemplate.Diagnostics;
        }

        var context = new ReportContext(template.Format, model.Language, limits, strict);
        context.PushGlobal(Functions);
        context.PushGlobal(compiledTemplate.Environment.Include);
        var data = new ScriptObject();
        data.Import(model, context.MemberFilter, context.MemberRenamer);
        context.PushGlobal(data);

        // Variables a template sets go here, above the model, which they may hide but never change.
        context.PushGlobal(new ScriptObject());
        context.PushOutput(new LimitedOutput(output, context));
        try
        {
            compiledTemplate.Template.Render(context);
            return compiledTemplate.Diagnostics;
        }
        catch (ScriptRuntimeException e)
        {
            return compiledTemplate.Diagnostics.Concat(new[] { Failure(e, template) }).ToList();
        }
    }

    /// <summary>Compiles a template now, so that its errors show before any report is written.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The diagnostics; errors mean that it cannot render.</returns>
    public IReadOnlyList<Diagnostic> Check(ReportTemplate template) => Compile(template ?? throw new ArgumentNullException(nameof(template))).Diagnostics;

    /// <summary>Turns Scriban's messages into located diagnostics.</summary>
    internal static IEnumerable<Diagnostic> SyntaxErrors(Template parsed, TemplateText source, string key) =>
        parsed.Messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => Diagnostic.Error("TPL004", Phrase.Of(key, m.Message), Location(m.Span, source), Phrase.Of("hint.TPL004")));

    private static SourceLocation Location(SourceSpan span, TemplateText source)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? source.Origin : span.FileName;
        if (span.Start.Line < 0)
        {
            // Scriban has no position for an error at the end of the text (a block never closed): point at the last line.
            var lines = 1 + source.Text.Count(c => c == '\n');
            return new SourceLocation(file, lines);
        }

        return new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1);
    }

    private static Diagnostic Failure(ScriptRuntimeException e, ReportTemplate template)
    {
        var where = Location(e.Span, template.Source);
        return e switch
        {
            RenderLimitException limit => Diagnostic.Error("TPL009", Phrase.Of("diag.TPL009." + limit.Limit.ToString().ToLowerInvariant()), where, Phrase.Of("hint.TPL009")),
            UnknownPartialException partial => Diagnostic.Error("TPL005", Phrase.Of("diag.TPL005.partial", partial.Name), where, Phrase.Of("hint.TPL005.partial")),
            _ => Diagnostic.Error("TPL005", Phrase.Of("diag.TPL005.failed", e.OriginalMessage), where, Phrase.Of("hint.TPL005.path")),
        };
    }

    private Compiled Compile(ReportTemplate template) =>
        compiled.GetOrAdd(template.Id, _ => new Lazy<Compiled>(() => CompileNow(template))).Value;

    private Compiled CompileNow(ReportTemplate template)
    {
        System.Threading.Interlocked.Increment(ref compilations);
        var environment = environments.GetOrAdd(template.Folder.Id + "|" + template.Format, _ => new Lazy<Environment>(() => Environment.Create(template.Folder, template.Format))).Value;
        var diagnostics = new List<Diagnostic>(environment.Diagnostics);
        var parsed = Template.Parse(template.Source.Text, template.Source.Origin);
        diagnostics.AddRange(SyntaxErrors(parsed, template.Source, "diag.TPL004.template"));
        return new Compiled(diagnostics.Any(d => d.IsError) ? null : parsed, environment, diagnostics);
    }

    private sealed class Compiled
    {
        public Compiled(Template? template, Environment environment, IReadOnlyList<Diagnostic> diagnostics)
        {
            Template = template;
            Environment = environment;
            Diagnostics = diagnostics;
        }

        public Template? Template { get; }

        public Environment Environment { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }

    /// <summary>A folder's partials for one format, parsed, and the <c>include</c> function that renders them.</summary>
    private sealed class Environment
    {
        private Environment(ScriptObject include, IReadOnlyList<Diagnostic> diagnostics)
        {
            Include = include;
            Diagnostics = diagnostics;
        }

        public ScriptObject Include { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public static Environment Create(TemplateFolder folder, ReportFormat format)
        {
            var diagnostics = new List<Diagnostic>();
            var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
            var prefix = format == ReportFormat.Html ? "html-" : "md-";
            foreach (var partial in folder.Partials)
            {
                // Partials of the other format are not needed; users' partials without a prefix serve both.
                if ((partial.Key.StartsWith("html-", StringComparison.Ordinal) || partial.Key.StartsWith("md-", StringComparison.Ordinal)) && !partial.Key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var parsed = Template.Parse(partial.Value.Text, partial.Value.Origin);
                var errors = SyntaxErrors(parsed, partial.Value, "diag.TPL004.partial").ToList();
                diagnostics.AddRange(errors);
                if (errors.Count == 0)
                {
                    partials.Add(partial.Key, parsed);
                }
            }

            var include = new ScriptObject();
            include.Import("include", new Func<TemplateContext, SourceSpan, object?, object>((context, span, name) => Render(context, span, name, partials)));
            include.SetReadOnly("include", true);
            return new Environment(include, diagnostics);
        }

        private static Markup Render(TemplateContext context, SourceSpan span, object? name, IReadOnlyDictionary<string, Template> partials)
        {
            // Partials are found by name among the folder's files, never by path: '..', '/etc/passwd' or a link name nothing.
            var text = name as string ?? string.Empty;
            if (!partials.TryGetValue(text, out var partial))
            {
                throw new UnknownPartialException(span, text);
            }

            var report = (ReportContext)context;
            var buffer = new StringWriter(CultureInfo.InvariantCulture);
            context.PushOutput(new LimitedOutput(buffer, report));
            var node = context.CurrentNode;
            try
            {
                if (node is not null)
                {
                    context.EnterRecursive(node);
                }

                partial.Render(context);
                if (node is not null)
                {
                    context.ExitRecursive(node);
                }
            }
            finally
            {
                context.PopOutput();
            }

            // What the partial wrote was escaped as it was written: writing it again as it is avoids escaping it twice.
            return new Markup(buffer.ToString());
        }
    }
}
