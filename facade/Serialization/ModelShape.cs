using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;

namespace Millis.Serialization;

/// <summary>The properties of one model type that map to JSON fields, numbered for the model's value bits.</summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Cache = new();

    private readonly Dictionary<string, int> _byName;
    private readonly Dictionary<string, int> _byJsonName;
    private readonly string[] _jsonNames;

    private ModelShape(IReadOnlyList<(string Name, string JsonName)> properties)
    {
        _byName = new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
        _byJsonName = new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
        _jsonNames = new string[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            _byName[properties[i].Name] = i;
            _byJsonName[properties[i].JsonName] = i;
            _jsonNames[i] = properties[i].JsonName;
        }
    }

    public static ModelShape Of(Type type) => Cache.GetOrAdd(type, Build);

    public int IndexOf(string propertyName, Type type) =>
        _byName.TryGetValue(propertyName, out var index)
            ? index
            : throw new ArgumentException($"{type.Name} has no property {propertyName} that maps to a JSON field; pass the C# property name, e.g. nameof({type.Name}.X).", nameof(propertyName));

    public int? IndexOfJson(string jsonName) => _byJsonName.TryGetValue(jsonName, out var index) ? index : null;

    public int? IndexOfName(string propertyName) => _byName.TryGetValue(propertyName, out var index) ? index : null;

    public int Count => _jsonNames.Length;

    public string JsonNameAt(int index) => _jsonNames[index];

    public bool HasJsonName(string jsonName) => _byJsonName.ContainsKey(jsonName);

    private static ModelShape Build(Type type)
    {
        var properties = new List<(string, string)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonPropertyAttribute>(inherit: true) is { } attribute)
            {
                properties.Add((property.Name, attribute.PropertyName ?? property.Name));
            }
        }

        return new ModelShape(properties);
    }
}
