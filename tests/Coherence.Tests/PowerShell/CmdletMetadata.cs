using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Coherence.PowerShell;

namespace Coherence.Tests.PowerShell;

/// <summary>What the compiled module declares, read through <see cref="CustomAttributeData"/> as PowerShell's binder reads it.</summary>
internal static class CmdletMetadata
{
    public const string Automation = "System.Management.Automation.";

    /// <summary>The verbs <c>Get-Verb</c> lists (Common, Communications, Data, Diagnostic, Lifecycle, Security, Other).</summary>
    public static readonly string[] ApprovedVerbs =
    {
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New", "Open", "Optimize",
        "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show", "Skip", "Split", "Step", "Switch",
        "Undo", "Unlock", "Watch",
        "Connect", "Disconnect", "Read", "Receive", "Send", "Write",
        "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand", "Export", "Group",
        "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync", "Unpublish", "Update",
        "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace",
        "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke", "Register", "Request",
        "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait",
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",
        "Use",
    };

    public static Assembly Module => typeof(CoherenceCmdlet).Assembly;

    /// <summary>Every concrete cmdlet class of the module.</summary>
    public static IReadOnlyList<Cmdlet> Cmdlets() =>
        Module.GetTypes()
            .Where(t => !t.IsAbstract)
            .Select(t => (Type: t, Attribute: Attribute(t.GetCustomAttributesData(), "CmdletAttribute")))
            .Where(p => p.Attribute is not null)
            .Select(p => new Cmdlet(p.Type, p.Attribute!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    public static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.FirstOrDefault(a => a.AttributeType.FullName == Automation + name);

    public static IEnumerable<CustomAttributeData> Attributes(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.Where(a => a.AttributeType.FullName == Automation + name);

    public static T? Named<T>(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => (T?)n.TypedValue.Value).FirstOrDefault();

    internal sealed record Cmdlet(Type Type, CustomAttributeData Attribute)
    {
        public string Verb => (string)Attribute.ConstructorArguments[0].Value!;

        public string Noun => (string)Attribute.ConstructorArguments[1].Value!;

        public string Name => Verb + "-" + Noun;

        public bool SupportsShouldProcess => Named<bool>(Attribute, "SupportsShouldProcess");

        public IReadOnlyList<Type> OutputTypes =>
            Attributes(Type.GetCustomAttributesData(), "OutputTypeAttribute")
                .SelectMany(a => a.ConstructorArguments.SelectMany(arg => arg.Value is IReadOnlyCollection<CustomAttributeTypedArgument> many ? many.Select(m => m.Value) : new[] { arg.Value }))
                .OfType<Type>()
                .ToList();

        /// <summary>The cmdlet's parameters: public properties with at least one <c>[Parameter]</c>.</summary>
        public IReadOnlyList<Parameter> Parameters =>
            Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => new Parameter(p, Attributes(p.GetCustomAttributesData(), "ParameterAttribute").ToList()))
                .Where(p => p.Sets.Count > 0)
                .ToList();

        public Parameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);
    }

    internal sealed record Parameter(PropertyInfo Property, IReadOnlyList<CustomAttributeData> Sets)
    {
        public string Name => Property.Name;

        public bool FromPipeline => Sets.Any(s => Named<bool>(s, "ValueFromPipeline"));

        public bool FromPipelineByPropertyName => Sets.Any(s => Named<bool>(s, "ValueFromPipelineByPropertyName"));

        public bool Mandatory => Sets.Any(s => Named<bool>(s, "Mandatory"));

        public IReadOnlyList<string> Aliases =>
            Attributes(Property.GetCustomAttributesData(), "AliasAttribute")
                .SelectMany(a => a.ConstructorArguments.SelectMany(arg => arg.Value is IReadOnlyCollection<CustomAttributeTypedArgument> many ? many.Select(m => (string)m.Value!) : new[] { (string)arg.Value! }))
                .ToList();

        public Type? Completer =>
            Attribute(Property.GetCustomAttributesData(), "ArgumentCompleterAttribute")?.ConstructorArguments.Select(a => a.Value).OfType<Type>().FirstOrDefault();
    }
}
