#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets 'required' members compile for netstandard2.0 (Windows PowerShell 5.1).
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
internal sealed class CompilerFeatureRequiredAttribute : Attribute
{
    public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;

    public string FeatureName { get; }

    public bool IsOptional { get; init; }
}
#endif
