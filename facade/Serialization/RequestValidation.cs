using System.Collections;
using Millis.Models;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Millis;

/// <summary>
/// Checks a request body before it is sent: every required field holds a value, objects the API closes carry no extra
/// fields, and unions hold a consistent form. Newtonsoft would otherwise fail mid-serialization with its own exception.
/// </summary>
internal static class RequestValidation
{
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="RequestValidationException">The body cannot be sent; every problem is listed.</exception>
    public static T Check<T>(T? body, string parameterName)
        where T : class
    {
        if (body is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }

        CheckOptional(body, parameterName);
        return body;
    }

    /// <exception cref="RequestValidationException">The body cannot be sent; every problem is listed.</exception>
    public static void CheckOptional(object? body, string parameterName)
    {
        // A first walk only asks whether anything is wrong, building no path strings (every call pays for it); only a
        // body that cannot be sent is walked again to describe each problem.
        var probe = new RequestProblems(describe: false);
        Walk(body, "", probe, depth: 0);
        if (!probe.Any)
        {
            return;
        }

        var problems = new RequestProblems(describe: true);
        Walk(body, "", problems, depth: 0);
        throw new RequestValidationException(parameterName, problems.Items);
    }

    internal static void Walk(object? value, string path, RequestProblems problems, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        switch (value)
        {
            case null:
                return;
            case MillisModel model:
                CheckModel(model, path, problems, depth);
                return;
            case JsonUnion union:
                union.Validate(path, problems, depth);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, problems.Join(path, entry.Key?.ToString() ?? ""), problems, depth + 1);
                }

                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    var item = list[i];
                    if (item is null && IsModelList(list))
                    {
                        problems.Add(problems.Index(path, i), "is null; remove it or pass an object");
                    }

                    Walk(item, problems.Index(path, i), problems, depth + 1);
                }

                return;
            case IEnumerable items and not string:
                var n = 0;
                foreach (var item in items)
                {
                    if (item is null && IsModelList(items))
                    {
                        problems.Add(problems.Index(path, n), "is null; remove it or pass an object");
                    }

                    Walk(item, problems.Index(path, n), problems, depth + 1);
                    n++;
                }

                return;
        }
    }

    private static void CheckModel(MillisModel model, string path, RequestProblems problems, int depth)
    {
        if (model.WholeRaw is not null)
        {
            return;
        }

        var properties = ((JsonObjectContract)MillisContractResolver.Instance.ResolveContract(model.GetType())).Properties;
        for (var p = 0; p < properties.Count; p++)
        {
            // Indexed, not foreach: the collection's enumerator is boxed, and every request walks every model.
            var property = properties[p];
            if (property.Ignored || property.UnderlyingName is not { } name || model.Shape.IndexOfName(name) is not { } index)
            {
                continue;
            }

            var present = model.IsPresent(index) || model.RawOf(property.PropertyName!) is not null;
            var required = property.Required != Required.Default;
            if (!required && CannotHoldAModel(property.PropertyType))
            {
                // An optional string, number or enum: nothing to check and nothing inside to walk, so its value is not
                // read (nor boxed).
                continue;
            }

            var fieldPath = problems.Join(path, property.PropertyName!);
            var current = property.ValueProvider!.GetValue(model);
            if (property.Required is Required.Always or Required.AllowNull && !present && !HasContent(current))
            {
                problems.Add(fieldPath, $"is required: set {model.GetType().Name}.{name}");
                continue;
            }

            if (property.Required is Required.Always or Required.DisallowNull && present && current is null && model.RawOf(property.PropertyName!) is null)
            {
                problems.Add(fieldPath, $"must not be null: set {model.GetType().Name}.{name} to a value");
                continue;
            }

            if (present || HasContent(current))
            {
                Walk(current, fieldPath, problems, depth + 1);
            }
        }

        // An unknown field added in code to an object the API closes is a typo or a field this SDK's spec lacks: refused.
        // One that came from the server (a fetched agent sent back) is a field the server knows: kept, so a round trip
        // never fails because the vendor added a field.
        if (ModelRules.IsClosed(model.GetType()) && !model.WasRead && model.AdditionalOrNull is { Count: > 0 } extra)
        {
            foreach (var key in extra.Keys.Where(k => !model.Shape.HasJsonName(k)))
            {
                problems.Add(problems.Join(path, key), $"is not a field of {model.GetType().Name}, and the API refuses unknown fields there; remove it from AdditionalProperties");
            }
        }

        model.Validate(path, problems);
    }

    private static bool CannotHoldAModel(Type? type) => type is not null && (type == typeof(string) || type.IsValueType);

    private static bool HasContent(object? value) => ModelContent.Has(value, MillisContractResolver.Instance);

    private static bool IsModelList(IEnumerable items) =>
        items.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && typeof(MillisModel).IsAssignableFrom(i.GetGenericArguments()[0]));

    internal static string Join(string path, string name) =>
        path.Length == 0 ? name : path + "." + name;
}

/// <summary>
/// Where <see cref="RequestValidation"/> puts what it finds. Describing (paths and messages) is for the second walk
/// only; the first records whether there is anything at all.
/// </summary>
internal sealed class RequestProblems(bool describe)
{
    private List<RequestProblem>? _items;

    /// <summary>True once a problem was found.</summary>
    public bool Any { get; private set; }

    /// <summary>The problems found, when describing.</summary>
    public IReadOnlyList<RequestProblem> Items => _items ?? [];

    /// <summary>The path of a field (empty when not describing).</summary>
    public string Join(string path, string name) => describe ? RequestValidation.Join(path, name) : "";

    /// <summary>The path of a list item (empty when not describing).</summary>
    public string Index(string path, int index) => describe ? $"{path}[{index}]" : "";

    /// <summary>Records a problem; the message is kept only when describing.</summary>
    public void Add(string path, string message)
    {
        Any = true;
        if (describe)
        {
            (_items ??= []).Add(new RequestProblem(path, message));
        }
    }
}
