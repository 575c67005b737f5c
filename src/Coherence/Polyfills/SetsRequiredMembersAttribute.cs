#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// Lets 'required' members compile for netstandard2.0 (Windows PowerShell 5.1).
[AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
internal sealed class SetsRequiredMembersAttribute : Attribute
{
}
#endif
