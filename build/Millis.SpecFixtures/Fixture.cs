using Newtonsoft.Json.Linq;

namespace Millis.SpecFixtures;

/// <summary>One evolved spec: a realistic vendor change written as a mutation of the checked-in document.</summary>
/// <param name="Name">kebab-case, e.g. <c>new-operation</c>.</param>
/// <param name="Summary">One line: what it changes and the spec-diff verdicts it should get.</param>
/// <param name="Mutate">Edits the document in place; throws <see cref="FixtureException"/> when the spec lacks what it needs.</param>
public sealed record Fixture(string Name, string Summary, Action<JObject> Mutate)
{
    /// <summary>The evolved document; <paramref name="spec"/> is left as it was.</summary>
    public JObject Apply(JObject spec)
    {
        var copy = (JObject)spec.DeepClone();
        Mutate(copy);
        return copy;
    }
}

/// <summary>The spec no longer has what a fixture edits (a schema renamed away, every candidate already changed).</summary>
public sealed class FixtureException(string message) : Exception(message);
