namespace Millis.AspNetCore.Tests.Security;

public class FixedTimeMillisSecretComparerTests
{
    private readonly FixedTimeMillisSecretComparer _comparer = new();

    [Test]
    public void EqualSecretsMatch() => Assert.That(_comparer.SecretsMatch("s3cret-ü", "s3cret-ü"), Is.True);

    [Test]
    public void SecretsDifferingInTheLastCharacterDoNotMatch() => Assert.That(_comparer.SecretsMatch("s3cret-a", "s3cret-b"), Is.False);

    [Test]
    public void APrefixOfTheSecretDoesNotMatch() => Assert.That(_comparer.SecretsMatch("s3cret", "s3cret-longer"), Is.False);

    [Test]
    public void ComparisonIsCaseSensitive() => Assert.That(_comparer.SecretsMatch("Secret", "secret"), Is.False);
}
