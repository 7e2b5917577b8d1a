using System.Text;

namespace Millis.Codegen;

/// <summary>
/// Writes generated/Millis.Operations.g.cs: every operation of the spec with its method, path template and retry class
/// (from <see cref="OperationPolicy"/>), the one table logs, traces, errors and retries read.
/// </summary>
internal static class OperationTableWriter
{
    public static string Write(IReadOnlyList<SpecOperation> operations)
    {
        var sb = new StringBuilder(CSharp.Header);
        sb.AppendLine("namespace Millis.Http");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>Every operation of the API with its retry class; written from the spec and the retry policy.</summary>");
        sb.AppendLine("    internal static partial class MillisOperations");
        sb.AppendLine("    {");
        foreach (var op in operations)
        {
            sb.AppendLine($"        /// <summary><c>{CSharp.Doc(op.Method + " " + op.Path)}</c> ({CSharp.Doc(op.Summary)}): {op.Row.Retry}, because {CSharp.Doc(op.Row.Why)}.</summary>");
            sb.AppendLine($"        public static readonly MillisOperation {op.Name} = new({CSharp.Literal(op.Name)}, {CSharp.Literal(op.Method)}, {CSharp.Literal(op.Path)}, RetryClass.{op.Row.Retry});");
            sb.AppendLine();
        }

        sb.AppendLine("        /// <summary>All operations, in path order.</summary>");
        sb.AppendLine("        public static System.Collections.Generic.IReadOnlyList<MillisOperation> All { get; } =");
        sb.AppendLine("        [");
        foreach (var op in operations)
        {
            sb.AppendLine($"            {op.Name},");
        }

        sb.AppendLine("        ];");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        return sb.ToString();
    }
}
