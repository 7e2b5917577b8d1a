using System.Reflection;

namespace Millis.Tests.Conventions;

/// <summary>Every public asynchronous method is named *Async and can be cancelled.</summary>
public class AsyncConventionTests
{
    private static IEnumerable<MethodInfo> PublicAsyncMethods() =>
        typeof(MillisClient).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)
                || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)));

    [Test]
    public void AsyncMethodsEndInAsync()
    {
        var offenders = PublicAsyncMethods().Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void AsyncMethodsTakeACancellationToken()
    {
        var offenders = PublicAsyncMethods().Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken))).Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void ResourceClientMethodsAreVirtualForMocking()
    {
        var offenders = typeof(MillisClient).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Client", StringComparison.Ordinal) && t != typeof(MillisClient) && t.Namespace!.StartsWith("Millis", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsVirtual)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void ResourceClientsHaveAProtectedConstructorForMocking()
    {
        var clients = typeof(MillisClient).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Client", StringComparison.Ordinal) && t != typeof(MillisClient)).ToList();

        Assert.That(clients, Has.Count.EqualTo(9));
        Assert.That(clients.Where(t => !t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsFamily && c.GetParameters().Length == 0)).Select(t => t.Name), Is.Empty);
    }
}
