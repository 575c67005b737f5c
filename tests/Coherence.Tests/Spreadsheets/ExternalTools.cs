using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Coherence.Tests.Spreadsheets;

/// <summary>The real clients the workbook tests drive: LibreOffice Calc (headless) and Python's openpyxl, when installed.</summary>
internal static class ExternalTools
{
    private static readonly Lazy<string?> Soffice = new(() => FindOnPath("soffice") ?? FindOnPath("libreoffice"));
    private static readonly Lazy<string?> Python = new(FindPythonWithOpenpyxl);

    private static readonly Lazy<string?> PdfToText = new(() => FindOnPath("pdftotext"));

    public static string? SofficePath => Soffice.Value;

    public static string? PdfToTextPath => PdfToText.Value;

    public static string? PythonPath => Python.Value;

    /// <summary>Converts files with one LibreOffice start (startup is slow), in a private profile so parallel runs do not clash.</summary>
    /// <param name="format">The target, such as <c>xlsx:"Calc MS Excel 2007 XML"</c> or <c>pdf</c>.</param>
    public static (int ExitCode, string Output) Convert(IEnumerable<string> files, string format, string outputFolder)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var args = new List<string> { "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", format, "--outdir", outputFolder };
            args.AddRange(files);
            return Run(SofficePath!, args, TimeSpan.FromMinutes(3));
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A leftover profile in the temp folder is harmless.
            }
        }
    }

    public static (int ExitCode, string Output) RunPython(string script, params string[] args) =>
        Run(PythonPath!, new[] { script }.Concat(args), TimeSpan.FromMinutes(2));

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Scripts", name);

    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} did not finish within {timeout}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindPythonWithOpenpyxl()
    {
        // Debian's python3-openpyxl installs for the system interpreter, which a user-level python3 may shadow on PATH.
        foreach (var candidate in new[] { "/usr/bin/python3", FindOnPath("python3") }.Where(c => c is not null && File.Exists(c)).Distinct())
        {
            try
            {
                if (Run(candidate!, new[] { "-c", "import openpyxl" }, TimeSpan.FromSeconds(30)).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not runnable: try the next one.
            }
        }

        return null;
    }
}
