using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>One named change the normalizer makes to the vendor's document before NSwag reads it.</summary>
/// <param name="Name">Stable name, used in messages and tests.</param>
/// <param name="Why">What NSwag (or C#) gets wrong without it.</param>
/// <param name="RemoveWhen">When the rule can be deleted.</param>
/// <param name="Apply">Rewrites the document in place.</param>
internal sealed record NormalizationRule(string Name, string Why, string RemoveWhen, Action<JObject> Apply);

/// <summary>A spec the normalizer cannot make NSwag-ready without a maintainer's decision.</summary>
internal sealed class NormalizationException(string message) : Exception(message);
