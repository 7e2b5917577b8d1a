namespace Millis.AspNetCore.Tests.Security;

public class MillisWebhookOptionsTests
{
    [Test]
    public void CurrentSecretIsTheFirstListedOne()
    {
        var options = new MillisWebhookOptions { Secrets = new List<string> { "new", "old" }, Secret = "single" };

        Assert.That(options.CurrentSecret, Is.EqualTo("new"));
    }

    [Test]
    public void SingleSecretIsAcceptedBesideTheList()
    {
        var options = new MillisWebhookOptions { Secrets = new List<string> { "listed", "" }, Secret = "single" };

        Assert.That(options.AcceptedSecrets(), Is.EqualTo(new[] { "listed", "single" }));
    }

    [Test]
    public void ToStringDoesNotPrintTheSecrets()
    {
        var options = new MillisWebhookOptions { Secrets = new List<string> { "top-secret-value" } };

        Assert.That(options.ToString(), Does.Not.Contain("top-secret-value"));
    }
}
