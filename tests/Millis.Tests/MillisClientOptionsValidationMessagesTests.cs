using System.Net.Http;

namespace Millis.Tests;

/// <summary>The exact message of each <see cref="MillisClientOptions.Validate"/> refusal a user reads, and the edges of each range.</summary>
public class MillisClientOptionsValidationMessagesTests
{
    private static MillisClientOptions Valid() => new() { ApiKey = "key-1" };

    private static ArgumentException Refused(MillisClientOptions options) => Assert.Throws<ArgumentException>(options.Validate)!;

    [Test]
    public void ARelativeBaseUrl_IsRefusedAskingForAnAbsoluteUrl()
    {
        var options = Valid();
        options.BaseUrl = new Uri("/v1", UriKind.Relative);

        var ex = Refused(options);

        Assert.That(ex.ParamName, Is.EqualTo("BaseUrl"));
        Assert.That(ex.Message, Does.StartWith("MillisClientOptions.BaseUrl must be an absolute URL such as https://api-west.millis.ai; got '/v1'."));
    }

    [TestCase(-1)]
    [TestCase(11)]
    public void MaxRetriesOutOfRange_SaysTheRangeAndTheValue(int retries)
    {
        var options = Valid();
        options.MaxRetries = retries;

        Assert.That(Refused(options).Message, Does.StartWith($"MillisClientOptions.MaxRetries must be between 0 and 10; got {retries}."));
    }

    [TestCase(0)]
    [TestCase(10)]
    public void MaxRetriesAtTheEdges_IsAccepted(int retries)
    {
        var options = Valid();
        options.MaxRetries = retries;

        Assert.DoesNotThrow(options.Validate);
    }

    [TestCase("")]
    [TestCase("my app")]
    [TestCase("app/1.0")]
    [TestCase("caf\u00e9!")]
    [TestCase("caf\u00e9")]
    [TestCase("app\u0661")]
    public void AnApplicationIdWithOtherCharacters_IsRefusedSayingWhichAreAllowed(string id)
    {
        var options = Valid();
        options.ApplicationId = id;

        var ex = Refused(options);

        Assert.That(ex.ParamName, Is.EqualTo("ApplicationId"));
        Assert.That(ex.Message, Does.StartWith("MillisClientOptions.ApplicationId may contain only letters, digits, '.', '-' and '_'."));
    }

    [TestCase("my-app_2.0")]
    [TestCase("x")]
    public void AnApplicationIdOfLettersDigitsDotsDashesAndUnderscores_IsAccepted(string id)
    {
        var options = Valid();
        options.ApplicationId = id;

        Assert.DoesNotThrow(options.Validate);
    }

    [Test]
    public void AKeyStartingWithASpace_IsRefusedSayingItStartsWithOne()
    {
        var options = new MillisClientOptions { ApiKey = " key" };

        Assert.That(Refused(options).Message, Does.StartWith("MillisClientOptions.ApiKey starts with a space; a Millis key has none around it. Trim it."));
    }

    [Test]
    public void AKeyEndingWithASpace_IsRefusedSayingItEndsWithOne()
    {
        var options = new MillisClientOptions { ApiKey = "key " };

        var ex = Refused(options);

        Assert.That(ex.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(ex.Message, Does.StartWith("MillisClientOptions.ApiKey ends with a space; a Millis key has none around it. Trim it."));
    }

    [TestCase("ab\tc", "tab (U+0009), at index 2 of 4.")]
    [TestCase("\0abc", "NUL (U+0000), at index 0 of 4.")]
    [TestCase("a\u0001bc", "U+0001, at index 1 of 4.")]
    [TestCase("abc\u007f", "U+007F, at index 3 of 4 (the last character).")]
    [TestCase("ab\rc", "carriage return (CR, U+000D), at index 2 of 4.")]
    public void AKeyWithAControlCharacter_NamesItAndWhereItIs(string key, string named)
    {
        var options = new MillisClientOptions { ApiKey = key };

        Assert.That(Refused(options).Message, Does.StartWith("MillisClientOptions.ApiKey contains a control character, " + named));
    }

    [Test]
    public void AKeyWithTheLastPrintableAsciiCharacter_IsAccepted()
    {
        var options = new MillisClientOptions { ApiKey = "a~b" };

        Assert.DoesNotThrow(options.Validate);
    }

    [Test]
    public void AMissingKeyOnAConfigurationPathWithNoSection_NamesTheBareKey()
    {
        var options = new MillisClientOptions { ConfigurationPath = "" };

        Assert.That(Refused(options).Message, Does.StartWith("MillisClientOptions.ApiKey is required: AddMillis(configuration) reads it from the configuration key 'ApiKey' (environment variable ApiKey), which is not set;"));
    }

    [Test]
    public void AMissingKeyOnAConfigurationSection_NamesTheKeyUnderTheSection()
    {
        var options = new MillisClientOptions { ConfigurationPath = "Services:Millis" };

        Assert.That(Refused(options).Message, Does.StartWith("MillisClientOptions.ApiKey is required: AddMillis(configuration) reads it from the configuration key 'Services:Millis:ApiKey' (environment variable Services__Millis__ApiKey), which is not set; MILLIS_API_KEY is not read on this path."));
    }

    [Test]
    public void TheTextOfOptionsWithoutAKey_SaysNotSet() =>
        Assert.That(new MillisClientOptions().ToString(), Does.StartWith("MillisClientOptions { ApiKey = (not set), BaseUrl = https://"));

    [Test]
    public void TheTextOfOptionsWithAKey_MasksIt() =>
        Assert.That(Valid().ToString(), Does.StartWith("MillisClientOptions { ApiKey = ***, BaseUrl = https://"));

    [Test]
    public void ARelativeUrlPrintsAsSuch() =>
        Assert.That(MillisClientOptions.SafeUrl(new Uri("/v1?key=secret", UriKind.Relative)), Is.EqualTo("(relative URL)"));

    [Test]
    public void AnAbsoluteUrlPrintsWithoutItsQuery() =>
        Assert.That(MillisClientOptions.SafeUrl(new Uri("https://api.test/v1?key=secret")), Is.EqualTo("https://api.test/v1"));

    [Test]
    public void ATimeoutUnderTenMilliseconds_IsDescribedInMilliseconds()
    {
        var options = Valid();
        options.Timeout = TimeSpan.FromMilliseconds(5);

        Assert.That(Refused(options).Message, Does.Contain("got 00:00:00.0050000 (5 ms)."));
    }

    [Test]
    public void ATimeoutOverADay_IsDescribedInDays()
    {
        var options = Valid();
        options.Timeout = TimeSpan.FromHours(36);

        Assert.That(Refused(options).Message, Does.Contain("got 1.12:00:00 (1.5 days)."));
    }

    [Test]
    public void ChangingFrozenOptions_SaysToClone()
    {
        var options = Valid();
        using var client = new MillisClient(new HttpClient(), options);

        var ex = Assert.Throws<InvalidOperationException>(() => options.MaxRetries = 3);

        Assert.That(ex!.Message, Is.EqualTo("MillisClientOptions cannot change after a MillisClient was built from them; use Clone() to derive new options."));
    }
}
