#if NETSTANDARD2_0
// Workaround: netstandard2.0 lacks the nullable-analysis attributes the compiler understands by name.
namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
    {
        public bool ReturnValue { get; } = returnValue;
    }
}

namespace System.Runtime.CompilerServices
{
    // Workaround: records and init accessors need this type, which netstandard2.0 does not define.
    internal static class IsExternalInit
    {
    }
}
#endif
