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
        var problems = new List<RequestProblem>();
        Walk(body, "", problems, depth: 0);
        if (problems.Count > 0)
        {
            throw new RequestValidationException(parameterName, problems);
        }
    }

    internal static void Walk(object? value, string path, List<RequestProblem> problems, int depth)
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
                    Walk(entry.Value, Join(path, entry.Key?.ToString() ?? ""), problems, depth + 1);
                }

                return;
            case IEnumerable items and not string:
                var i = 0;
                foreach (var item in items)
                {
                    if (item is null && IsModelList(items))
                    {
                        problems.Add(new RequestProblem($"{path}[{i}]", "is null; remove it or pass an object"));
                    }

                    Walk(item, $"{path}[{i}]", problems, depth + 1);
                    i++;
                }

                return;
        }
    }

    private static void CheckModel(MillisModel model, string path, List<RequestProblem> problems, int depth)
    {
        if (model.WholeRaw is not null)
        {
            return;
        }

        var contract = (JsonObjectContract)MillisContractResolver.Instance.ResolveContract(model.GetType());
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || property.UnderlyingName is not { } name || model.Shape.IndexOfName(name) is not { } index)
            {
                continue;
            }

            var fieldPath = Join(path, property.PropertyName!);
            var present = model.IsPresent(index) || model.RawOf(property.PropertyName!) is not null;
            var current = property.ValueProvider!.GetValue(model);
            if (property.Required is Required.Always or Required.AllowNull && !present && !HasContent(current))
            {
                problems.Add(new RequestProblem(fieldPath, $"is required: set {model.GetType().Name}.{name}"));
                continue;
            }

            if (property.Required is Required.Always or Required.DisallowNull && present && current is null && model.RawOf(property.PropertyName!) is null)
            {
                problems.Add(new RequestProblem(fieldPath, $"must not be null: set {model.GetType().Name}.{name} to a value"));
                continue;
            }

            if (present || HasContent(current))
            {
                Walk(current, fieldPath, problems, depth + 1);
            }
        }

        if (ModelRules.IsClosed(model.GetType()) && model.AdditionalOrNull is { Count: > 0 } extra)
        {
            foreach (var key in extra.Keys.Where(k => !model.Shape.HasJsonName(k)))
            {
                problems.Add(new RequestProblem(Join(path, key), $"is not a field of {model.GetType().Name}, and the API refuses unknown fields there; remove it from AdditionalProperties"));
            }
        }

        model.Validate(path, problems);
    }

    private static bool HasContent(object? value) => ModelContent.Has(value, MillisContractResolver.Instance);

    private static bool IsModelList(IEnumerable items) =>
        items.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && typeof(MillisModel).IsAssignableFrom(i.GetGenericArguments()[0]));

    internal static string Join(string path, string name) =>
        path.Length == 0 ? name : path + "." + name;
}
