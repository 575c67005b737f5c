using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Coherence.Tests.Support;

/// <summary>Runs headless Chromium (Debian's <c>chromium</c>, installed by CI) on a local file: DOM dumps and screenshots.</summary>
internal static class Chromium
{
    private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome" };

    /// <summary>Finds the browser: <c>CHROMIUM</c> if set, else the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Loads a page and returns its DOM after scripts (if any) have run.</summary>
    public static Task<string> DumpDomAsync(string browser, string page) => RunAsync(browser, page, "--dump-dom");

    /// <summary>Loads a page and saves a screenshot of the first window (A4 at 150 dpi by default).</summary>
    public static Task<string> ScreenshotAsync(string browser, string page, string png, int width = 1240, int height = 1754) =>
        RunAsync(browser, page, "--screenshot=" + png, $"--window-size={width},{height}");

    /// <summary>Prints a page to PDF as a reader would, with the page's own @page size and no browser header or footer.</summary>
    public static Task<string> PrintToPdfAsync(string browser, string page, string pdf) =>
        RunAsync(browser, page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");

    private static async Task<string> RunAsync(string browser, string page, params string[] extra)
    {
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.Path }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(Path.GetFullPath(page)).AbsoluteUri);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 90 s: " + await error);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
