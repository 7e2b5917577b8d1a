using Millis.SpecFixtures.Fixtures;

namespace Millis.SpecFixtures;

/// <summary>Every fixture, in the order of issue 10 §6.</summary>
public static class FixtureCatalog
{
    public static IReadOnlyList<Fixture> All { get; } =
    [
        NewOperation.Fixture,
        NewQueryParameter.Fixture,
        NewInlineEnum.Fixture,
        NewEnumValues.Fixture,
        NewOptionalFields.Fixture,
        InputOutputSplit.Fixture,
        NewUnnamedUnion.Fixture,
        FreeFormToTypedMap.Fixture,
        ClosedObject.Fixture,
        FullReordering.Fixture,
    ];

    public static Fixture? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
