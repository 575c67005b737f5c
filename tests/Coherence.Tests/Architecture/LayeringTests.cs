using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Coherence.Model;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Architecture;

/// <summary>Keeps the core small: the domain and the scoring engine know nothing of file formats, templates, consoles or PowerShell.</summary>
public class LayeringTests
{
    private static readonly string[] CoreNamespaces = { "Coherence.Model", "Coherence.Scoring", "Coherence.Diagnostics", "Coherence.Localization", "Coherence.Agreement" };

    // Localization is words, not a format: diagnostics carry phrases (a key and its arguments) and put them into words
    // in the reader's language. It is held to the same rule below, so that the core still reaches no format through it.
    private static readonly string[] ForbiddenPrefixes =
    {
        "YamlDotNet", "DocumentFormat", "HandlebarsDotNet", "Spectre", "System.Management.Automation", "System.CommandLine", "System.Text.Json",
        "Coherence.Serialization", "Coherence.Operations", "Coherence.Workbooks", "Coherence.Reports", "Coherence.Tables",
    };

    [Fact]
    public void Core_types_expose_no_format_or_shell_type_in_their_signatures()
    {
        var offenders = typeof(Rubric).Assembly.GetTypes()
            .Where(t => CoreNamespaces.Contains(t.Namespace))
            .SelectMany(t => SignatureTypes(t).Select(used => (t, used)))
            .Where(p => ForbiddenPrefixes.Any(prefix => (p.used.Namespace ?? string.Empty).StartsWith(prefix, StringComparison.Ordinal)))
            .Select(p => $"{p.t.FullName} uses {p.used.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Core_source_files_import_no_format_or_shell_namespace()
    {
        var root = Path.Combine(TestRubrics.RepositoryRoot(), "src", "Coherence");
        var offenders = new[] { "Model", "Scoring", "Diagnostics", "Localization", "Agreement" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => File.ReadLines(file).Where(line => line.StartsWith("using ", StringComparison.Ordinal) && ForbiddenPrefixes.Any(p => line.Contains(" " + p, StringComparison.Ordinal))).Select(line => $"{Path.GetFileName(file)}: {line}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static System.Collections.Generic.IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? Array.Empty<LocalVariableInfo>())
            {
                yield return local.LocalType;
            }
        }
    }
}
