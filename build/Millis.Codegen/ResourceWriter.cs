using System.Globalization;
using System.Text;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>
/// Writes generated/Millis.Resources.g.cs: for every operation one internal Core method on its resource client, the
/// only place where the operation (method, path template, retry class) is paired with its raw call; for ordinary
/// operations also the public method, with argument checks, XML docs and named arguments. Hand-written partials in
/// facade/ add only conveniences on top of the Core methods.
/// </summary>
internal static class ResourceWriter
{
    private static readonly Dictionary<string, string> ParameterDocs = new(StringComparer.Ordinal)
    {
        ["agent_id"] = "The agent's id.",
        ["session_id"] = "The session id of the call (from call logs or the call's registration).",
        ["campaign_id"] = "The campaign's id.",
        ["phone"] = "The phone number in E.164 form, e.g. <c>+15551234567</c>.",
        ["call_id"] = "The call id of the SIP endpoint.",
    };

    public static string Write(IReadOnlyList<SpecOperation> operations, Dictionary<(string Client, string Method), RawMethod> raw, Dictionary<string, List<ModelProperty>> models, JObject normalized)
    {
        var sb = new StringBuilder(CSharp.Header);
        foreach (var group in operations.GroupBy(o => o.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteGroup(sb, group.Key, group.First().GroupSummary, group.ToList(), raw, models, normalized);
        }

        WriteClientProperties(sb, operations.Select(o => (o.Group, o.GroupSummary)).Distinct().OrderBy(g => g.Group, StringComparer.Ordinal).ToList());
        return sb.ToString();
    }

    private static void WriteGroup(StringBuilder sb, string group, string summary, List<SpecOperation> operations, Dictionary<(string, string), RawMethod> raw, Dictionary<string, List<ModelProperty>> models, JObject normalized)
    {
        var client = group + "Client";
        sb.AppendLine($"namespace Millis.{group}");
        sb.AppendLine("{");
        sb.AppendLine("    using Millis.Generated;");
        sb.AppendLine("    using Millis.Http;");
        sb.AppendLine("    using Millis.Models;");
        sb.AppendLine();
        sb.AppendLine($"    /// <summary>{CSharp.Doc(summary)} Reached through <see cref=\"Millis.MillisClient.{group}\"/>.</summary>");
        sb.AppendLine("    /// <remarks>Every method is virtual and the protected constructor creates an instance without a connection, so tests can mock it.</remarks>");
        sb.AppendLine($"    public partial class {client}");
        sb.AppendLine("    {");
        sb.AppendLine("        private readonly MillisPipeline _pipeline = null!;");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>For mocking: creates a client without a connection; override the methods a test needs.</summary>");
        sb.AppendLine($"        protected {client}()");
        sb.AppendLine("        {");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine($"        internal {client}(MillisPipeline pipeline) => _pipeline = pipeline;");
        foreach (var op in operations)
        {
            var method = raw.TryGetValue((op.RawClient, op.RawMethod), out var m)
                ? m
                : throw new NormalizationException($"NSwag wrote no {op.RawClient}.{op.RawMethod} for {op.Method} {op.Path}");
            var parameters = method.Parameters.Select(p => Describe(op, p)).ToList();
            var shape = Result.Of(method.Result);
            sb.AppendLine();
            WriteCore(sb, op, method, parameters, shape);
            if (op.Row.Surface == Surface.Generated)
            {
                sb.AppendLine();
                if (op.Row.Flatten)
                {
                    WriteFlattened(sb, op, parameters, shape, models, normalized);
                }
                else
                {
                    WritePublic(sb, op, parameters, shape);
                }
            }
        }

        sb.AppendLine("    }");
        sb.AppendLine("}");
        sb.AppendLine();
    }

    private static void WriteCore(StringBuilder sb, SpecOperation op, RawMethod method, List<Parameter> parameters, Result shape)
    {
        var signature = string.Join(", ", parameters.Select(p => $"{p.Raw.Type} {p.Name}{(p.Raw.Optional ? " = null" : "")}").Append("System.Threading.CancellationToken cancellationToken = default"));
        var arguments = string.Join(", ", parameters.Select(p => $"{p.Raw.Name}: {p.Name}").Append("cancellationToken: ct"));
        sb.AppendLine($"        /// <summary>Sends <c>{CSharp.Doc(op.Method + " " + op.Path)}</c> as operation {op.Name} ({op.Row.Retry}); the one place it is paired with its raw call.</summary>");
        sb.AppendLine($"        internal System.Threading.Tasks.Task{shape.PublicType} {op.Row.Method}CoreAsync({signature}) =>");
        sb.AppendLine($"            _pipeline.{shape.Runner}(MillisOperations.{op.Name}, (call, ct) => new {method.Client}(call, call.HttpClient).{method.Name}({arguments}), cancellationToken);");
    }

    private static void WritePublic(StringBuilder sb, SpecOperation op, List<Parameter> parameters, Result shape)
    {
        var summary = CSharp.Doc(op.Summary.TrimEnd('.'));
        sb.AppendLine($"        /// <summary>{summary} (<c>{CSharp.Doc(op.Method + " " + op.Path)}</c>).</summary>");
        if (!string.IsNullOrWhiteSpace(op.Description))
        {
            sb.AppendLine($"        /// <remarks><para>{CSharp.Doc(op.Description)}</para><para>{RetrySentence(op.Row)}</para></remarks>");
        }
        else
        {
            sb.AppendLine($"        /// <remarks>{RetrySentence(op.Row)}</remarks>");
        }

        foreach (var p in parameters)
        {
            sb.AppendLine($"        /// <param name=\"{p.Name.TrimStart('@')}\">{p.Doc}</param>");
        }

        sb.AppendLine("        /// <param name=\"cancellationToken\">Cancels the call, retries and waits included.</param>");
        if (parameters.Any(p => p.Kind is "path"))
        {
            sb.AppendLine("        /// <exception cref=\"System.ArgumentException\">An id is null, empty, or not usable as one path segment.</exception>");
        }

        if (parameters.Any(p => p.Kind is "body"))
        {
            sb.AppendLine("        /// <exception cref=\"Millis.RequestValidationException\">The request is missing a required field or holds a value the API refuses; nothing was sent.</exception>");
        }

        if (parameters.Any(p => p.Bounds is not null))
        {
            sb.AppendLine("        /// <exception cref=\"System.ArgumentOutOfRangeException\">A number is outside the range the API accepts; nothing was sent.</exception>");
        }

        sb.AppendLine("        /// <exception cref=\"Millis.MillisApiException\">The API answered with an error status.</exception>");
        var signature = string.Join(", ", parameters.Select(p => $"{p.PublicType} {p.Name}{(p.Raw.Optional ? " = null" : "")}").Append("System.Threading.CancellationToken cancellationToken = default"));
        sb.AppendLine($"        public virtual System.Threading.Tasks.Task{shape.PublicType} {op.Row.Method}Async({signature})");
        sb.AppendLine("        {");
        foreach (var p in parameters)
        {
            var nameOf = $"nameof({p.Name.TrimStart('@')})";
            switch (p.Kind)
            {
                case "path":
                    sb.AppendLine($"            Millis.PathSegment.Check({p.Name}, {nameOf});");
                    break;
                case "body":
                    sb.AppendLine(p.Raw.Optional
                        ? $"            Millis.RequestValidation.CheckOptional({p.Name}, {nameOf});"
                        : $"            Millis.RequestValidation.Check({p.Name}, {nameOf});");
                    break;
                default:
                    if (p.Bounds is { } b)
                    {
                        sb.AppendLine($"            Millis.Guard.InRange({p.Name}, {nameOf}, {b});");
                    }

                    break;
            }
        }

        var arguments = string.Join(", ", parameters.Select(p => $"{p.Name.TrimStart('@')}: {p.Name}").Append("cancellationToken: cancellationToken"));
        sb.AppendLine($"            return {op.Row.Method}CoreAsync({arguments});");
        sb.AppendLine("        }");
    }

    /// <summary>A public method taking the body's fields as parameters (required ones first) and building the body itself.</summary>
    private static void WriteFlattened(StringBuilder sb, SpecOperation op, List<Parameter> parameters, Result shape, Dictionary<string, List<ModelProperty>> models, JObject normalized)
    {
        var body = parameters.SingleOrDefault(p => p.Kind == "body")
            ?? throw new NormalizationException($"{op.Method} {op.Path} is marked Flatten in build/Millis.Codegen/OperationPolicy.cs but has no body");
        var bodyType = body.Raw.Type.TrimEnd('?');
        if (!models.TryGetValue(bodyType, out var fields))
        {
            throw new NormalizationException($"{op.Method} {op.Path}: the body {bodyType} is not a generated model, so it cannot be flattened; drop Flatten in build/Millis.Codegen/OperationPolicy.cs");
        }

        var schema = Json.Schemas(normalized)[bodyType] as JObject;
        var renames = (op.Row.Rename ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('=')).ToDictionary(r => r[0].Trim(), r => r[1].Trim(), StringComparer.Ordinal);
        var flat = fields.Select(f => new Flat(
            f,
            renames.TryGetValue(f.JsonName, out var renamed) ? renamed : CSharp.Camel(f.JsonName),
            f.Required ? f.Type : f.Type.EndsWith('?') ? f.Type : f.Type + "?",
            CSharp.Doc((string?)schema?["properties"]?[f.JsonName]?["description"] ?? (string?)schema?["properties"]?[f.JsonName]?["title"] ?? $"The <c>{f.JsonName}</c> field.") + $" (<c>{f.JsonName}</c>)")).ToList();
        var others = parameters.Where(p => p.Kind != "body").ToList();
        var ordered = others.Where(p => !p.Raw.Optional).Select(p => (p.Name, Type: p.PublicType, Optional: false, p.Doc))
            .Concat(flat.Where(f => f.Field.Required).Select(f => (f.Name, f.Type, Optional: false, f.Doc)))
            .Concat(others.Where(p => p.Raw.Optional).Select(p => (p.Name, Type: p.PublicType, Optional: true, p.Doc)))
            .Concat(flat.Where(f => !f.Field.Required).Select(f => (f.Name, f.Type, Optional: true, f.Doc)))
            .ToList();

        sb.AppendLine($"        /// <summary>{CSharp.Doc(op.Summary.TrimEnd('.'))} (<c>{CSharp.Doc(op.Method + " " + op.Path)}</c>).</summary>");
        sb.AppendLine($"        /// <remarks>{RetrySentence(op.Row)} A field passed as null is not sent.</remarks>");
        foreach (var p in ordered)
        {
            sb.AppendLine($"        /// <param name=\"{p.Name.TrimStart('@')}\">{p.Doc}</param>");
        }

        sb.AppendLine("        /// <param name=\"cancellationToken\">Cancels the call, retries and waits included.</param>");
        sb.AppendLine("        /// <exception cref=\"System.ArgumentException\">A required argument is null or empty, or an id is not usable as one path segment.</exception>");
        sb.AppendLine("        /// <exception cref=\"Millis.RequestValidationException\">A nested value is missing a required field; nothing was sent.</exception>");
        sb.AppendLine("        /// <exception cref=\"Millis.MillisApiException\">The API answered with an error status.</exception>");
        var signature = string.Join(", ", ordered.Select(p => $"{p.Type} {p.Name}{(p.Optional ? " = null" : "")}").Append("System.Threading.CancellationToken cancellationToken = default"));
        sb.AppendLine($"        public virtual System.Threading.Tasks.Task{shape.PublicType} {op.Row.Method}Async({signature})");
        sb.AppendLine("        {");
        foreach (var p in others.Where(p => p.Kind == "path"))
        {
            sb.AppendLine($"            Millis.PathSegment.Check({p.Name}, nameof({p.Name.TrimStart('@')}));");
        }

        foreach (var f in flat.Where(f => f.Field.Required))
        {
            sb.AppendLine(f.Type == "string"
                ? $"            Millis.Guard.NotBlank({f.Name}, nameof({f.Name.TrimStart('@')}), {CSharp.Literal(f.Field.JsonName)});"
                : $"            Millis.Guard.NotNull({f.Name}, nameof({f.Name.TrimStart('@')}));");
        }

        var initializer = string.Join(", ", flat.Select(f => $"{f.Field.Name} = {f.Name}"));
        sb.AppendLine($"            var request = new {bodyType} {{ {initializer} }};");
        var holder = flat.FirstOrDefault(f => f.Field.Required && f.Type != "string") ?? flat.FirstOrDefault(f => f.Field.Required) ?? flat[0];
        sb.AppendLine($"            Millis.RequestValidation.Check(request, nameof({holder.Name.TrimStart('@')}));");
        var arguments = string.Join(", ", others.Select(p => $"{p.Name.TrimStart('@')}: {p.Name}").Append($"{body.Name}: request").Append("cancellationToken: cancellationToken"));
        sb.AppendLine($"            return {op.Row.Method}CoreAsync({arguments});");
        sb.AppendLine("        }");
    }

    private sealed record Flat(ModelProperty Field, string Name, string Type, string Doc);

    private static void WriteClientProperties(StringBuilder sb, List<(string Group, string Summary)> groups)
    {
        sb.AppendLine("namespace Millis");
        sb.AppendLine("{");
        sb.AppendLine("    public partial class MillisClient");
        sb.AppendLine("    {");
        foreach (var (group, summary) in groups)
        {
            sb.AppendLine($"        /// <summary>{CSharp.Doc(summary)}</summary>");
            sb.AppendLine($"        public virtual Millis.{group}.{group}Client {group} {{ get; private set; }} = null!;");
            sb.AppendLine();
        }

        sb.AppendLine("        private void InitializeResources(Millis.Http.MillisPipeline pipeline)");
        sb.AppendLine("        {");
        foreach (var (group, _) in groups)
        {
            sb.AppendLine($"            {group} = new Millis.{group}.{group}Client(pipeline);");
        }

        sb.AppendLine("        }");
        sb.AppendLine("    }");
        sb.AppendLine("}");
    }

    private static string RetrySentence(OperationRow row) => row.Retry == Retry.Idempotent
        ? $"Retried on connection failures, timeouts, 408, 429, 500, 502, 503 and 504 ({CSharp.Doc(row.Why)})."
        : $"Never repeated once the request may have reached the server ({CSharp.Doc(row.Why)}): retried only when it was provably not sent, or on 429/503 with <c>Retry-After</c>.";

    private static Parameter Describe(SpecOperation op, RawParameter raw)
    {
        if (raw.Name == "body")
        {
            return new Parameter(raw, "body", op.Row.Body ?? "request", raw.Type, "The request body.", null);
        }

        var spec = op.Parameters.FirstOrDefault(p => p.Name == raw.Name || CSharp.Camel(p.Name) == raw.Name || p.Name.Replace("-", "_", StringComparison.Ordinal) == raw.Name)
            ?? throw new NormalizationException($"{op.Method} {op.Path}: NSwag's parameter {raw.Name} matches no parameter of the spec");
        var renamed = (op.Row.Rename ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('=')).FirstOrDefault(r => r[0].Trim() == spec.Name)?[1].Trim();
        var name = renamed ?? CSharp.Camel(spec.Name);
        var doc = spec.Description is { Length: > 0 } d ? CSharp.Doc(d) : ParameterDocs.TryGetValue(spec.Name, out var known) ? known : $"The <c>{CSharp.Doc(spec.Name)}</c> {spec.In} parameter.";
        return new Parameter(raw, spec.In, name, raw.Type, doc, spec.In == "query" ? Bounds(spec.Schema) : null);
    }

    /// <summary>Guard.InRange arguments from the schema's bounds (OpenAPI 3.0 form), or null when it has none.</summary>
    private static string? Bounds(JObject schema)
    {
        var min = (double?)schema["minimum"];
        var max = (double?)schema["maximum"];
        if (min is null && max is null)
        {
            return null;
        }

        static string Num(double? v) => v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : "null";
        static string Flag(JToken? t) => (bool?)t == true ? "true" : "false";
        return $"minimum: {Num(min)}, exclusiveMinimum: {Flag(schema["exclusiveMinimum"])}, maximum: {Num(max)}, exclusiveMaximum: {Flag(schema["exclusiveMaximum"])}";
    }

    private sealed record Parameter(RawParameter Raw, string Kind, string Name, string PublicType, string Doc, string? Bounds);

    /// <summary>How a raw result is exposed: the public type (after Task) and the pipeline method that runs it.</summary>
    private sealed record Result(string PublicType, string Runner)
    {
        private const string ListPrefix = "System.Collections.Generic.IList<";

        public static Result Of(string raw) => raw switch
        {
            "GenericResponse" => new("", "ExecuteGenericAsync"),
            "object" or "object?" => new("<Millis.MillisResult>", "ExecuteUntypedAsync"),
            _ when raw.StartsWith(ListPrefix, StringComparison.Ordinal) => new($"<System.Collections.Generic.IReadOnlyList<{raw[ListPrefix.Length..^1]}>>", "ExecuteListAsync"),
            _ => new($"<{raw}>", "ExecuteAsync"),
        };
    }
}
