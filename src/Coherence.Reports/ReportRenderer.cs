using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Coherence.Diagnostics;
using Coherence.Localization;
using HandlebarsDotNet;
using HandlebarsDotNet.Features;

namespace Coherence.Reports;

/// <summary>Renders report models with templates: each template is compiled once per renderer and reused.</summary>
/// <remarks>
/// Every renderer has its own Handlebars environments (one per template folder and format), with the report helpers
/// and the folder's partials; nothing is registered globally. HTML templates escape every value for HTML, Markdown
/// templates for Markdown. Templates may not use <c>{{{ }}}</c> or <c>{{&amp; }}</c>, which would output text unescaped.
/// One renderer may be used from several threads.
/// </remarks>
public sealed class ReportRenderer
{
    private static readonly Regex Comments = new(@"\{\{!--.*?--\}\}|\{\{![^}]*\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Unescaped = new(@"\{\{~?\{|\{\{~?\s*&", RegexOptions.CultureInvariant);

    private readonly ConcurrentDictionary<string, Lazy<Compiled>> compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Environment>> environments = new(StringComparer.Ordinal);
    private readonly bool strict;
    private int compilations;

    /// <summary>Initializes a new instance of the <see cref="ReportRenderer"/> class.</summary>
    public ReportRenderer()
        : this(strict: false)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportRenderer"/> class.</summary>
    /// <param name="strict">Whether a template that names a field the model lacks fails, which tests of the shipped templates want.</param>
    internal ReportRenderer(bool strict) => this.strict = strict;

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

        try
        {
            compiledTemplate.Template(output, model, new Dictionary<string, object> { ["language"] = model.Language });
            return compiledTemplate.Diagnostics;
        }
        catch (HandlebarsException e)
        {
            return compiledTemplate.Diagnostics.Concat(new[] { Diagnostic.Error("TPL005", Phrase.Of("diag.TPL005.failed", e.Message), new SourceLocation(template.Source.Origin)) }).ToList();
        }
        catch (HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException e)
        {
            return compiledTemplate.Diagnostics.Concat(new[] { Diagnostic.Error("TPL005", Phrase.Of("diag.TPL005.path", e.Path), new SourceLocation(template.Source.Origin), Phrase.Of("hint.TPL005.path")) }).ToList();
        }
    }

    /// <summary>Compiles a template now, so that its errors show before any report is written.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The diagnostics; errors mean that it cannot render.</returns>
    public IReadOnlyList<Diagnostic> Check(ReportTemplate template) => Compile(template ?? throw new ArgumentNullException(nameof(template))).Diagnostics;

    /// <summary>Gets how many templates this renderer compiled, for tests of the cache.</summary>
    internal int Compilations => compilations;

    private static Diagnostic? Refuse(TemplateText text)
    {
        var match = Unescaped.Match(Comments.Replace(text.Text, m => new string(' ', m.Length)));
        if (!match.Success)
        {
            return null;
        }

        var line = 1 + text.Text.Take(match.Index).Count(c => c == '\n');
        return Diagnostic.Error("TPL003", Phrase.Of("diag.TPL003"), new SourceLocation(text.Origin, line), Phrase.Of("hint.TPL003"));
    }

    private Compiled Compile(ReportTemplate template) =>
        compiled.GetOrAdd(template.Id, _ => new Lazy<Compiled>(() => CompileNow(template))).Value;

    private Compiled CompileNow(ReportTemplate template)
    {
        System.Threading.Interlocked.Increment(ref compilations);
        var environment = environments.GetOrAdd(template.Folder.Id + "|" + template.Format, _ => new Lazy<Environment>(() => CreateEnvironment(template.Folder, template.Format))).Value;
        var diagnostics = new List<Diagnostic>(environment.Diagnostics);
        if (Refuse(template.Source) is { } refused)
        {
            diagnostics.Add(refused);
            return new Compiled(null, diagnostics);
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new Compiled(null, diagnostics);
        }

        try
        {
            using var reader = new StringReader(template.Source.Text);
            return new Compiled(environment.Handlebars.Compile(reader), diagnostics);
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(Diagnostic.Error("TPL004", Phrase.Of("diag.TPL004.template", e.Message), new SourceLocation(template.Source.Origin)));
            return new Compiled(null, diagnostics);
        }
    }

    private Environment CreateEnvironment(TemplateFolder folder, ReportFormat format)
    {
        var configuration = new HandlebarsConfiguration
        {
            TextEncoder = format == ReportFormat.Html ? new HtmlEncoder() : new MarkdownTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
            ThrowOnUnresolvedBindingExpression = strict,
            NoEscape = false,

            // Partials come only from the folder's list, registered below: never from the file system.
            PartialTemplateResolver = new NoPartialFiles(),
            MissingPartialTemplateHandler = new MissingPartial(),
        };
        // Lets templates write list.length, as in JavaScript.
        configuration.UseCollectionMemberAliasProvider();
        var handlebars = Handlebars.Create(configuration);
        ReportHelpers.Register(handlebars);
        var diagnostics = new List<Diagnostic>();
        var prefix = format == ReportFormat.Html ? "html-" : "md-";
        foreach (var partial in folder.Partials)
        {
            // Partials of the other format are not needed; users' partials without a prefix serve both.
            if ((partial.Key.StartsWith("html-", StringComparison.Ordinal) || partial.Key.StartsWith("md-", StringComparison.Ordinal)) && !partial.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (Refuse(partial.Value) is { } refused)
            {
                diagnostics.Add(refused);
                continue;
            }

            try
            {
                handlebars.RegisterTemplate(partial.Key, partial.Value.Text);
            }
            catch (HandlebarsException e)
            {
                diagnostics.Add(Diagnostic.Error("TPL004", Phrase.Of("diag.TPL004.partial", e.Message), new SourceLocation(partial.Value.Origin)));
            }
        }

        return new Environment(handlebars, diagnostics);
    }

    private sealed class Environment
    {
        public Environment(IHandlebars handlebars, IReadOnlyList<Diagnostic> diagnostics)
        {
            Handlebars = handlebars;
            Diagnostics = diagnostics;
        }

        public IHandlebars Handlebars { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }

    private sealed class Compiled
    {
        public Compiled(HandlebarsTemplate<TextWriter, object, object>? template, IReadOnlyList<Diagnostic> diagnostics)
        {
            Template = template;
            Diagnostics = diagnostics;
        }

        public HandlebarsTemplate<TextWriter, object, object>? Template { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }

    private sealed class NoPartialFiles : IPartialTemplateResolver
    {
        public bool TryRegisterPartial(IHandlebars env, string? partialName, string? templatePath) => false;
    }

    private sealed class MissingPartial : IMissingPartialTemplateHandler
    {
        public void Handle(ICompiledHandlebarsConfiguration configuration, string partialName, in EncodedTextWriter textWriter) =>
            throw new HandlebarsRuntimeException($"no partial named '{partialName}' in the template's folder (partials are found by name, in its 'partials' folder)");
    }
}
