using System.Collections;
using System.Reflection;
using Millis.Chat;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.TestSupport;

/// <summary>
/// Arguments that pass every client-side check of a public method: ids, E.164 numbers, and request models with every
/// required field filled (recursively), so a test can call every operation of the SDK without knowing it.
/// </summary>
internal static class SampleArguments
{
    public const string Phone = "+15551234567";

    public static object?[] For(MethodInfo method) => method.GetParameters().Select(p => For(p.ParameterType, p.Name!, p.IsOptional)).ToArray();

    private static object? For(Type type, string name, bool optional)
    {
        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (optional && (type.IsClass || Nullable.GetUnderlyingType(type) is not null))
        {
            return DefaultOf(type);
        }

        return Value(type, name, depth: 0);
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    public static object? Value(Type type, string name, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return name.Contains("phone", StringComparison.OrdinalIgnoreCase) || name is "caller" or "callerPhone" ? Phone
                : name.Contains("url", StringComparison.OrdinalIgnoreCase) || name.Contains("webhook", StringComparison.OrdinalIgnoreCase) ? "https://hooks.example.com/x"
                : "id-1";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            return Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(ChatRequest))
        {
            return ChatRequest.ForAgent("agent-1").AddUser("Hi");
        }

        if (type == typeof(Webhook))
        {
            return new Webhook("https://hooks.example.com/x");
        }

        if (type == typeof(ResponseDelay))
        {
            return new ResponseDelay(100);
        }

        if (type == typeof(ChatMessage))
        {
            return ChatMessage.CreateUser("Hi");
        }

        if (type == typeof(PhoneImportRequest))
        {
            return new PhoneImportRequest((ImportTwilioRequest)Value(typeof(ImportTwilioRequest), "twilio", depth)!);
        }

        if (type.IsValueType && type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type) is { } known)
        {
            return known.GetValue(null); // an extensible enum: its first known value
        }

        if (typeof(MillisModel).IsAssignableFrom(type))
        {
            return Model(type, depth);
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || type.GetGenericTypeDefinition() == typeof(IList<>)))
        {
            var item = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(Value(item, name, depth + 1));
            return list;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()));
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static object Model(Type type, int depth)
    {
        var model = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties())
        {
            if (property.GetCustomAttribute<JsonPropertyAttribute>() is { Required: Required.Always or Required.AllowNull or Required.DisallowNull } attribute
                && property.CanWrite && depth < 6)
            {
                property.SetValue(model, Value(property.PropertyType, attribute.PropertyName ?? property.Name, depth + 1));
            }
        }

        return model;
    }
}
