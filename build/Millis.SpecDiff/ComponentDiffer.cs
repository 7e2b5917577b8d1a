namespace Millis.SpecDiff;

/// <summary>
/// Compares components.schemas by name: schemas added or removed (each is a generated model type) and the values of
/// named enums, reported once here rather than at every operation that uses them; then -Input/-Output pairs.
/// </summary>
internal static class ComponentDiffer
{
    public static void Compare(Findings findings)
    {
        var (oldSchemas, newSchemas) = (findings.Old.Schemas, findings.New.Schemas);
        var usage = UsageMap.Build(findings.Old);
        foreach (var (name, use) in UsageMap.Build(findings.New))
        {
            usage[name] = usage.GetValueOrDefault(name) | use;
        }

        foreach (var schema in oldSchemas.Properties())
        {
            var at = "components " + schema.Name;
            if (newSchemas[schema.Name] is not { } newSchema)
            {
                findings.Breaking("removed-schema", at, "schema removed");
                continue;
            }

            DefaultDiffer.Compare(schema.Value, newSchema, at, findings);
            var (o, n) = (Shape.Of(schema.Value, findings.Old), Shape.Of(newSchema, findings.New));
            if (o.TypeKey == n.TypeKey)
            {
                // A schema used both ways, or not at all, is classified as the worse of the two.
                EnumDiffer.Compare(o, n, at, usage.GetValueOrDefault(schema.Name), findings);
            }
        }

        foreach (var schema in newSchemas.Properties().Where(p => oldSchemas[p.Name] is null))
        {
            var unions = UnionNames.UnnamedIn(schema.Value, findings.New);
            findings.Additive("new-schema", "components " + schema.Name, "new schema" + UnionNames.Note(unions), needsNamedUnion: unions.Count > 0);
        }

        PairDiffer.Compare(findings);
    }
}
