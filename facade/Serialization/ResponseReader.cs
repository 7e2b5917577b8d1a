using System.Collections;
using System.Text.RegularExpressions;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using ErrorEventArgs = Newtonsoft.Json.Serialization.ErrorEventArgs;

namespace Millis.Serialization;

/// <summary>
/// Reads a response body into its model, tolerantly: a value of the wrong type, a required field missing or null, or
/// a list item of the wrong shape leaves that property (or item) empty, keeps the raw JSON on the model (written back
/// unchanged), and is reported as a <see cref="MillisReadProblem"/>; every other field and item is read. JSON that
/// is not well formed still fails: there is nothing sound to keep. With <c>strict</c> the first problem throws.
/// </summary>
internal static class ResponseReader
{
    private const int MaxRawLength = 2000;

    public static T? Read<T>(CharBody body, JsonSerializerSettings settings, bool strict, List<MillisReadProblem> problems)
    {
        var serializer = JsonSerializer.Create(settings);
        var session = new Session(body, strict, problems, serializer.ContractResolver);
        serializer.Error += session.OnError;
        using var reader = new MillisJsonReader(body);
        T? result;
        using (reader.Activate())
        {
            result = serializer.Deserialize<T>(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException($"Additional text found in JSON after the value, line {reader.LineNumber}, position {reader.LinePosition}.");
                }
            }
        }

        session.Complete(result);
        return result;
    }

    private static readonly Regex PathSuffix = new(@"\s*Path '[^']*'(, line \d+, position \d+)?\.?\s*$", RegexOptions.CultureInvariant);

    private sealed class Session(CharBody body, bool strict, List<MillisReadProblem> problems, IContractResolver resolver)
    {
        private readonly List<Pending> _pending = [];
        private bool? _wellFormed;

        public void OnError(object? sender, ErrorEventArgs e)
        {
            var context = e.ErrorContext;
            if (strict || !ReferenceEquals(e.CurrentObject, context.OriginalObject) || !IsWellFormed())
            {
                return;
            }

            var member = context.Member?.ToString();
            var path = FieldPath(context.Path, context.Member);
            var model = context.OriginalObject as MillisModel;
            MillisModel? placeholder = null;
            if (context.OriginalObject is IList list && context.Member is int && ElementType(list) is { } itemType
                && typeof(MillisModel).IsAssignableFrom(itemType) && !itemType.IsAbstract)
            {
                // A list item of the wrong shape: a placeholder keeps its place (and its raw JSON, written back).
                placeholder = (MillisModel)Activator.CreateInstance(itemType, nonPublic: true)!;
                list.Add(placeholder);
            }

            _pending.Add(new Pending(path, Expected(context.OriginalObject, context.Member), Message(context.Error), model, context.Member is string ? member : null, placeholder));
            context.Handled = true;
        }

        /// <summary>Attaches the raw JSON of each problem (read again from the body, only when there were problems).</summary>
        public void Complete(object? result)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            JToken? root = null;
            try
            {
                using var reader = new JsonTextReader(body.OpenReader()) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
                root = JToken.ReadFrom(reader);
            }
            catch (JsonException)
            {
                // Raw values stay unknown; the problems are still reported.
            }

            // One problem per value: a wrong-typed required field also fails the "required" check at the object's end.
            foreach (var p in _pending.GroupBy(p => p.Path, StringComparer.Ordinal).Select(g => g.First()))
            {
                var raw = root is null ? null : Find(root, p.Path);
                var problem = new MillisReadProblem(p.Path, p.Expected, p.Message, raw is null ? null : Truncate(raw.ToString(Formatting.None)));
                problems.Add(problem);
                if (p.Placeholder is { } placeholder)
                {
                    placeholder.WholeRaw = raw ?? JValue.CreateNull();
                    placeholder.AddProblem(problem);
                }
                else if (p.Model is { } model)
                {
                    model.AddProblem(problem);
                    if (raw is not null && p.Member is { } member)
                    {
                        model.KeepRaw(member, raw);
                    }
                }
                else if (root is not null && ObjectPath.Owner(result, p.Path, resolver) is { } owner)
                {
                    // A bad entry of a map or list of scalars: the model holding that map keeps all of it raw, so
                    // writing it back sends every entry as received; the typed map keeps the entries that fit.
                    owner.Model.AddProblem(problem);
                    if (Find(root, owner.Path) is { } whole)
                    {
                        owner.Model.KeepRaw(owner.Member, whole);
                    }
                }
            }
        }

        /// <summary>Conversion errors leave the reader sound; a syntax error does not, so it is never handled.</summary>
        private bool IsWellFormed()
        {
            if (_wellFormed is { } known)
            {
                return known;
            }

            try
            {
                using var reader = new JsonTextReader(body.OpenReader()) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
                while (reader.Read())
                {
                }

                _wellFormed = true;
            }
            catch (JsonReaderException)
            {
                _wellFormed = false;
            }

            return _wellFormed.Value;
        }

        private string Expected(object? owner, object? member)
        {
            if (owner is not null && member is string name && resolver.ResolveContract(owner.GetType()) is JsonObjectContract contract
                && contract.Properties.GetClosestMatchProperty(name) is { } property)
            {
                return Describe(property.PropertyType) + (property.Required is Required.Always or Required.DisallowNull ? " (required)" : "");
            }

            return owner is IList list && ElementType(list) is { } itemType ? Describe(itemType) : "a value";
        }

        private static string Describe(Type? type)
        {
            if (type is null)
            {
                return "a value";
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            return type == typeof(string) ? "a string"
                : type == typeof(bool) ? "a boolean"
                : type == typeof(int) || type == typeof(long) ? "an integer"
                : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "a number"
                : typeof(IDictionary).IsAssignableFrom(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>)) ? "an object (map)"
                : typeof(IEnumerable).IsAssignableFrom(type) ? "an array"
                : typeof(MillisModel).IsAssignableFrom(type) ? $"an object ({type.Name})"
                : type.Name;
        }

        private static string Message(Exception error)
        {
            var text = PathSuffix.Replace(error.Message, "");
            var cut = text.IndexOf(". ", StringComparison.Ordinal);
            return (cut > 0 ? text.Substring(0, cut) : text.TrimEnd('.')).Trim() + ".";
        }

        private static string FieldPath(string path, object? member)
        {
            var name = member switch
            {
                int index => $"[{index}]",
                string s when s.Length > 0 => s,
                _ => null,
            };
            if (name is null || path.EndsWith(name, StringComparison.Ordinal) || path.EndsWith($"['{name}']", StringComparison.Ordinal))
            {
                return path;
            }

            // Newtonsoft may have read into the value before failing (an object where a list belongs): the field's
            // path then ends at the member's last segment, not at where the reader stopped.
            if (member is string field)
            {
                foreach (var marker in new[] { "." + field + ".", "." + field + "[", $"['{field}']" })
                {
                    var at = path.LastIndexOf(marker, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return marker.StartsWith("[", StringComparison.Ordinal) ? path.Substring(0, at + marker.Length) : path.Substring(0, at + field.Length + 1);
                    }
                }

                if (path.StartsWith(field + ".", StringComparison.Ordinal) || path.StartsWith(field + "[", StringComparison.Ordinal))
                {
                    return field;
                }
            }

            return name.StartsWith("[", StringComparison.Ordinal) || path.Length == 0 ? path + name : path + "." + name;
        }

        private static JToken? Find(JToken root, string path)
        {
            try
            {
                return path.Length == 0 ? root : root.SelectToken(path);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static Type? ElementType(IList list) =>
            list.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>))?.GetGenericArguments()[0];

        private static string Truncate(string text) => text.Length <= MaxRawLength ? text : text.Substring(0, MaxRawLength) + "…";
    }

    private sealed record Pending(string Path, string Expected, string Message, MillisModel? Model, string? Member, MillisModel? Placeholder);
}
