namespace Millis.Agents;

/// <summary>Argument checks shared by the agent-config builders.</summary>
internal static class BuilderArgs
{
    /// <summary>Copies a list of strings, rejecting a null list or a null item.</summary>
    public static List<string> Strings(IEnumerable<string> items, string name)
    {
        if (items is null)
        {
            throw new ArgumentNullException(name);
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            list.Add(item ?? throw new ArgumentException("The list contains null.", name));
        }

        return list;
    }

    /// <summary>Returns the value, or throws <see cref="ArgumentNullException"/> when it is null.</summary>
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);
}
