using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Operations;
using Spectre.Console;

namespace Coherence.Cli;

/// <summary>What every command shares: the output streams, verbosity, the rubric catalog and how to report diagnostics.</summary>
internal sealed class CliContext
{
    private IAnsiConsole? console;
    private RubricCatalog? catalog;

    public CliContext(TextWriter output, TextWriter error, bool interactive, Texts texts)
    {
        Texts = texts;
        Labels = new Labels(texts);
        Output = output;
        Error = error;
        Interactive = interactive;
    }

    /// <summary>Gets the words of the language chosen for this run.</summary>
    public Texts Texts { get; }

    /// <summary>Gets the labels of the language chosen for this run.</summary>
    public Labels Labels { get; }

    /// <summary>Gets the language chosen for this run.</summary>
    public string Language => Texts.Language;

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Interactive { get; }

    public bool Quiet { get; set; }

    public bool Verbose { get; set; }

    /// <summary>Gets the console for tables and markup, made on first use: commands that print plain lines never load it.</summary>
    public IAnsiConsole Console => console ??= CreateConsole();

    /// <summary>Gets the rubric catalog, made on first use; it parses a bundled rubric only when that rubric is used.</summary>
    public RubricCatalog Catalog => catalog ??= new RubricCatalog();

    private IAnsiConsole CreateConsole()
    {
        var created = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!Interactive)
        {
            // Redirected output has no terminal width; tables are kept readable in files and logs.
            created.Profile.Width = 120;
        }

        return created;
    }

    /// <summary>Writes diagnostics to the error stream, compiler style; warnings only unless quiet, infos only when verbose.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        // Each file's diagnostics are capped per code; then the same problem in many files (a multi-file run) is one line with a count of files.
        var shown = diagnostics.Where(d => !(d.Severity == DiagnosticSeverity.Warning && Quiet) && !(d.Severity == DiagnosticSeverity.Info && !Verbose));
        foreach (var (diagnostic, files) in DiagnosticGroups.Group(DiagnosticCap.Limit(shown, DiagnosticCap.PerCodeFromEnvironment()), Texts))
        {
            Error.WriteLine(files > 1 ? diagnostic.ToString(Texts) + " " + Texts.Format("cli.in-files", files) : diagnostic.ToString(Texts));
        }
    }

    /// <summary>Reports diagnostics and turns them into an exit code.</summary>
    public int Finish(IReadOnlyList<Diagnostic> diagnostics)
    {
        Report(diagnostics);
        // A line that stands for errors left out counts them all.
        var errors = diagnostics.Where(d => d.IsError).Sum(d => DiagnosticCap.IsMore(d) && d.Message.Arguments[0] is int more ? more : 1);
        if (errors > 0 && !Quiet)
        {
            Error.WriteLine(errors == 1 ? Texts["cli.errors.one"] : Texts.Format("cli.errors.many", errors));
        }

        return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    /// <summary>Runs work with a progress bar on an interactive terminal; prints a line per item with --verbose; silent otherwise.</summary>
    public async Task<T> WithProgress<T>(string description, Func<IProgress<OperationProgress>?, Task<T>> work)
    {
        if (!Interactive || Quiet)
        {
            return await work(Verbose ? new Progress(this) : null).ConfigureAwait(false);
        }

        var errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
        return await errorConsole.Progress().AutoClear(true).HideCompleted(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(description), maxValue: 1);
            return await work(new SpectreProgress(task)).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private sealed class Progress : IProgress<OperationProgress>
    {
        private readonly CliContext context;

        public Progress(CliContext context) => this.context = context;

        public void Report(OperationProgress value) => context.Error.WriteLine($"[{value.Completed}/{value.Total}] {value.Item}");
    }

    private sealed class SpectreProgress : IProgress<OperationProgress>
    {
        private readonly ProgressTask task;

        public SpectreProgress(ProgressTask task) => this.task = task;

        public void Report(OperationProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Completed;
        }
    }
}
