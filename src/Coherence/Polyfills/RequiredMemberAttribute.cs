#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets 'required' members compile for netstandard2.0 (Windows PowerShell 5.1).
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class RequiredMemberAttribute : Attribute
{
}
#endif
