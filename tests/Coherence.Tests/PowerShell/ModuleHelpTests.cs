using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;
using static Coherence.Tests.PowerShell.CmdletMetadata;

namespace Coherence.Tests.PowerShell;

/// <summary>Checks the MAML help and the about topic, in English and Spanish, against the compiled cmdlets.</summary>
public class ModuleHelpTests
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    // Get-Help looks in the module folder for a culture folder, then its parents: 'es' serves es-MX, es-GT...;
    // 'es-ES' is shipped as well, as the same files, for tools that look for it by name.
    public static readonly TheoryData<string> Cultures = new() { "en-US", "es", "es-ES" };

    private static XDocument Help(string culture)
    {
        var manifest = ModuleManifest.Load();

        // PowerShell finds a binary module's help by the assembly's file name only.
        var path = manifest.File(culture, Module.GetName().Name + ".dll-help.xml");
        Assert.True(File.Exists(path), path + " is missing");
        return XDocument.Load(path);
    }

    private static XElement CommandHelp(XDocument help, string name) =>
        help.Root!.Elements(Command + "command").SingleOrDefault(c => (string?)c.Element(Command + "details")?.Element(Command + "name") == name)
        ?? throw new Xunit.Sdk.XunitException(name + " has no help");

    [Fact]
    public void The_es_ES_help_is_the_same_as_the_es_help()
    {
        var manifest = ModuleManifest.Load();
        foreach (var name in new[] { Module.GetName().Name + ".dll-help.xml", "about_Coherence.help.txt" })
        {
            Assert.Equal(File.ReadAllText(manifest.File("es", name)), File.ReadAllText(manifest.File("es-ES", name)));
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_exported_cmdlet_has_help_with_a_synopsis_a_description_and_an_example(string culture)
    {
        var help = Help(culture);
        var exported = ModuleManifest.Load().Array("CmdletsToExport")!;

        Assert.All(exported, name =>
        {
            var command = CommandHelp(help, name);
            Assert.False(string.IsNullOrWhiteSpace(command.Element(Command + "details")!.Element(Maml + "description")?.Value), name + ": no synopsis");
            Assert.False(string.IsNullOrWhiteSpace(command.Element(Maml + "description")?.Value), name + ": no description");
            var examples = command.Element(Command + "examples")?.Elements(Command + "example").ToList() ?? new();
            Assert.True(examples.Count > 0, name + ": no example");
            Assert.All(examples, e => Assert.Contains(name, e.Element(Dev + "code")!.Value, StringComparison.Ordinal));
        });
        Assert.Equal(exported.Count, help.Root!.Elements(Command + "command").Count());
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_help_documents_exactly_the_parameters_each_cmdlet_has(string culture)
    {
        var help = Help(culture);
        Assert.All(Cmdlets(), cmdlet =>
        {
            var command = CommandHelp(help, cmdlet.Name);
            var documented = command.Element(Command + "parameters")!.Elements(Command + "parameter").Select(p => (string)p.Element(Maml + "name")!).OrderBy(n => n, StringComparer.Ordinal);
            var actual = cmdlet.Parameters.Select(p => p.Name).Concat(cmdlet.SupportsShouldProcess ? new[] { "WhatIf", "Confirm" } : Array.Empty<string>()).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(actual, documented);
            foreach (var parameter in command.Element(Command + "parameters")!.Elements(Command + "parameter"))
            {
                var name = (string)parameter.Element(Maml + "name")!;
                Assert.False(string.IsNullOrWhiteSpace(parameter.Element(Maml + "description")?.Value), $"{cmdlet.Name} -{name}: no description");
                if (cmdlet.Find(name) is { } declared)
                {
                    var pipeline = (string?)parameter.Attribute("pipelineInput") ?? string.Empty;
                    Assert.Equal(declared.FromPipeline || declared.FromPipelineByPropertyName, pipeline.StartsWith("True", StringComparison.Ordinal));
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_about_topic_exists_and_explains_how_dependencies_load(string culture)
    {
        var path = ModuleManifest.Load().File(culture, "about_Coherence.help.txt");

        var text = File.ReadAllText(path);
        Assert.Contains("about_Coherence", text, StringComparison.Ordinal);
        Assert.Contains("AssemblyResolve", text, StringComparison.Ordinal);
        Assert.Contains("Import-CoherenceAssessment", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Spanish_help_is_in_Spanish()
    {
        var help = Help("es");
        var synopsis = CommandHelp(help, "Import-CoherenceAssessment").Element(Command + "details")!.Element(Maml + "description")!.Value;

        Assert.Contains("evaluaci", synopsis, StringComparison.OrdinalIgnoreCase);
    }
}
