using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Coherence.Tests.Support;

namespace Coherence.Tests.PowerShell;

/// <summary>The module folder <c>module/Coherence</c> and the few manifest keys the tests check, read from the .psd1 hashtable literal.</summary>
internal sealed class ModuleManifest
{
    private ModuleManifest(string folder, string text)
    {
        Folder = folder;
        Text = text;
    }

    public string Folder { get; }

    public string Text { get; }

    public static ModuleManifest Load()
    {
        var folder = Path.Combine(TestRubrics.RepositoryRoot(), "module", "Coherence");
        return new ModuleManifest(folder, System.IO.File.ReadAllText(Path.Combine(folder, "Coherence.psd1")));
    }

    /// <summary>A scalar key: <c>Key = 'value'</c>.</summary>
    public string? Scalar(string key)
    {
        var match = Regex.Match(Text, @"^\s*" + key + @"\s*=\s*'([^']*)'", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>An array key: <c>Key = @( 'a' 'b' )</c> or <c>@('a', 'b')</c>; <see langword="null"/> when absent.</summary>
    public IReadOnlyList<string>? Array(string key)
    {
        var match = Regex.Match(Text, @"^\s*" + key + @"\s*=\s*@\(([^)]*)\)", RegexOptions.Multiline);
        if (!match.Success)
        {
            return null;
        }

        return Regex.Matches(match.Groups[1].Value, "'([^']*)'").Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>The path of a file of the module folder.</summary>
    public string File(params string[] parts) => Path.Combine(new[] { Folder }.Concat(parts).ToArray());
}
