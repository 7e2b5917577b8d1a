using FsCheck;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Phones;

/// <summary>PhoneImportRequest: one of five provider shapes, chosen by the provider field (or, without it, by the credential fields).</summary>
public class PhoneImportRequestTests
{
    private const string Twilio = """{"provider":"twilio","phone":"+15551234567","country":"US","region":"us-west","api_key":"k","api_secret":"s","account_sid":"AC1"}""";
    private const string Vonage = """{"provider":"vonage","phone":"+15551234567","country":"US","region":"us-west","api_key":"k","api_secret":"s","app_id":"app"}""";
    private const string Plivo = """{"provider":"plivo","phone":"+15551234567","country":"US","region":"us-west","auth_id":"id","auth_token":"t"}""";
    private const string Exotel = """{"provider":"exotel","phone":"+15551234567","country":"IN","region":"in","api_key":"k","api_token":"t","sid":"sid","subdomain":"api.in"}""";
    private const string Telnyx = """{"provider":"telnyx","phone":"+15551234567","country":"US","region":"us-west","api_key":"k"}""";

    private static string WithoutProvider(string json)
    {
        var o = JObject.Parse(json);
        o.Remove("provider");
        return o.ToString(Formatting.None);
    }

    private static string Branch(PhoneImportRequest r) =>
        r.Match(_ => "twilio", _ => "vonage", _ => "plivo", _ => "exotel", _ => "telnyx", _ => "unknown");

    [TestCase(Twilio, "twilio")]
    [TestCase(Vonage, "vonage")]
    [TestCase(Plivo, "plivo")]
    [TestCase(Exotel, "exotel")]
    [TestCase(Telnyx, "telnyx")]
    public void ProviderFieldChoosesTheBranch(string json, string provider)
    {
        var request = JsonConvert.DeserializeObject<PhoneImportRequest>(json)!;

        Assert.That(Branch(request), Is.EqualTo(provider));
        Assert.That(request.Provider, Is.EqualTo(provider));
        Assert.That(request.Phone, Is.EqualTo("+15551234567"));
    }

    [Test]
    public void ProviderFieldWinsOverCredentialFieldsOfAnotherProvider()
    {
        // Telnyx with a stray api_secret would be inferred as Vonage without the provider field.
        const string json = """{"provider":"telnyx","phone":"+1","country":"US","region":"r","api_key":"k","api_secret":"s"}""";

        var request = JsonConvert.DeserializeObject<PhoneImportRequest>(json)!;

        Assert.That(request.Telnyx, Is.Not.Null);
        Assert.That(request.Vonage, Is.Null);
    }

    [TestCase(Twilio, "twilio")]
    [TestCase(Vonage, "vonage")]
    [TestCase(Plivo, "plivo")]
    [TestCase(Exotel, "exotel")]
    [TestCase(Telnyx, "telnyx")]
    public void WithoutProviderTheCredentialFieldsDecide(string json, string provider)
    {
        var request = JsonConvert.DeserializeObject<PhoneImportRequest>(WithoutProvider(json))!;

        Assert.That(Branch(request), Is.EqualTo(provider));
    }

    [TestCase(Twilio)]
    [TestCase(Vonage)]
    [TestCase(Plivo)]
    [TestCase(Exotel)]
    [TestCase(Telnyx)]
    public void WritesEachFormBackAsRead(string json)
    {
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<PhoneImportRequest>(json)));
    }

    [TestCase(Twilio)]
    [TestCase(Vonage)]
    [TestCase(Plivo)]
    [TestCase(Exotel)]
    [TestCase(Telnyx)]
    public void WritingAddsTheProviderFieldWhenTheInputHadNone(string json)
    {
        var written = JsonConvert.SerializeObject(JsonConvert.DeserializeObject<PhoneImportRequest>(WithoutProvider(json)));

        JsonAssert.SemanticallyEqual(json, written);
    }

    [Test]
    public void WritingIncludesTheProviderEvenWhenTheModelsProviderWasSetToNull()
    {
        var request = new ImportTelnyxRequest { Provider = null, Phone = "+1", Country = "US", Region = "r", ApiKey = "k" };

        var written = JObject.Parse(JsonConvert.SerializeObject(new PhoneImportRequest(request)));

        Assert.That((string?)written["provider"], Is.EqualTo("telnyx"));
    }

    [Test]
    public void WritingIncludesTheProviderOfEveryConstructedForm()
    {
        PhoneImportRequest[] requests =
        [
            new ImportTwilioRequest { Phone = "+1", Country = "US", Region = "r", ApiKey = "k", ApiSecret = "s", AccountSid = "AC" },
            new ImportVonageRequest { Phone = "+1", Country = "US", Region = "r", ApiKey = "k", ApiSecret = "s" },
            new ImportPlivoRequest { Phone = "+1", Country = "US", Region = "r", AuthId = "i", AuthToken = "t" },
            new ImportExotelRequest { Phone = "+1", Country = "IN", Region = "r", ApiKey = "k", ApiToken = "t", Sid = "s", Subdomain = "d" },
            new ImportTelnyxRequest { Phone = "+1", Country = "US", Region = "r", ApiKey = "k" },
        ];

        var providers = requests.Select(r => (string?)JObject.Parse(JsonConvert.SerializeObject(r))["provider"]);

        Assert.That(providers, Is.EqualTo(new[] { "twilio", "vonage", "plivo", "exotel", "telnyx" }));
    }

    [Test]
    public void KeepsUnknownExtraPropertiesOfAForm()
    {
        const string json = """{"provider":"twilio","phone":"+1","country":"US","region":"r","api_key":"k","api_secret":"s","account_sid":"AC","sip_domain":"x.sip","options":{"trunk":true}}""";

        var request = JsonConvert.DeserializeObject<PhoneImportRequest>(json)!;

        Assert.That(request.Twilio, Is.Not.Null);
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(request));
    }

    [Test]
    public void BranchPropertiesReturnOnlyTheFormHeld()
    {
        PhoneImportRequest request = new ImportPlivoRequest { Phone = "+1", Country = "US", Region = "r", AuthId = "i", AuthToken = "t" };

        Assert.That(request.Plivo!.AuthId, Is.EqualTo("i"));
        Assert.That(new object?[] { request.Twilio, request.Vonage, request.Exotel, request.Telnyx }, Is.All.Null);
        Assert.That(request.Provider, Is.EqualTo("plivo"));
        Assert.That(request.Phone, Is.EqualTo("+1"));
    }

    [TestCase("""{"provider":"bandwidth","phone":"+1","country":"US","region":"r","api_key":"k"}""")]
    [TestCase("""{"provider":"twilio","phone":"+1","country":"US","region":"r","api_key":"k"}""")]
    [TestCase("""{"phone":"+1","country":"US","region":"r"}""")]
    [TestCase("\"+15551234567\"")]
    [TestCase("[]")]
    public void ReadsUnknownShapeWithoutThrowing(string json)
    {
        var request = JsonConvert.DeserializeObject<PhoneImportRequest>(json)!;

        Assert.That(request.IsUnknown, Is.True);
        Assert.That(request.Provider, Is.Null);
        Assert.That(request.Phone, Is.Null);
        Assert.That(request.UnknownJson, Is.EqualTo(json));
    }

    [Test]
    public void WritesUnknownShapeBackUnchanged()
    {
        const string json = """{"provider":"bandwidth","phone":"+1","account":{"id":7,"sub":[true,null]}}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<PhoneImportRequest>(json)), Is.EqualTo(json));
    }

    [Test]
    public void UnknownReasonNamesTheJsonPathAndTheAcceptedProviders()
    {
        var requests = JsonConvert.DeserializeObject<List<PhoneImportRequest>>("""[{"provider":"bandwidth","phone":"+1"}]""")!;

        var reason = requests[0].UnknownReason;

        Assert.That(reason, Does.Contain("[0]"));
        Assert.That(reason, Does.Contain("twilio").And.Contain("vonage").And.Contain("plivo").And.Contain("exotel").And.Contain("telnyx"));
        Assert.That(reason, Does.Contain("bandwidth"));
    }

    [Test]
    public void MatchWithoutUnknownHandlerThrowsWithTheReason()
    {
        var request = JsonConvert.DeserializeObject<PhoneImportRequest>("""{"provider":"bandwidth"}""")!;

        var ex = Assert.Throws<InvalidOperationException>(() => request.Match(_ => 1, _ => 2, _ => 3, _ => 4, _ => 5));

        Assert.That(ex!.Message, Does.Contain(request.UnknownReason));
    }

    [Test]
    public void NullTwilioThrows() => Assert.Throws<ArgumentNullException>(() => _ = new PhoneImportRequest((ImportTwilioRequest)null!));

    [Test]
    public void NullVonageThrows() => Assert.Throws<ArgumentNullException>(() => _ = new PhoneImportRequest((ImportVonageRequest)null!));

    [Test]
    public void NullPlivoThrows() => Assert.Throws<ArgumentNullException>(() => _ = new PhoneImportRequest((ImportPlivoRequest)null!));

    [Test]
    public void NullExotelThrows() => Assert.Throws<ArgumentNullException>(() => _ = new PhoneImportRequest((ImportExotelRequest)null!));

    [Test]
    public void NullTelnyxThrows() => Assert.Throws<ArgumentNullException>(() => _ = new PhoneImportRequest((ImportTelnyxRequest)null!));

    [FsCheck.NUnit.Property]
    public void EveryFormRoundTripsWithItsProvider(NonNull<string> phone, NonNull<string> key, NonNull<string> secret, NonNull<string> sid)
    {
        PhoneImportRequest[] requests =
        [
            new ImportTwilioRequest { Phone = phone.Get, Country = "US", Region = "r", ApiKey = key.Get, ApiSecret = secret.Get, AccountSid = sid.Get },
            new ImportVonageRequest { Phone = phone.Get, Country = "US", Region = "r", ApiKey = key.Get, ApiSecret = secret.Get, AppId = sid.Get },
            new ImportPlivoRequest { Phone = phone.Get, Country = "US", Region = "r", AuthId = key.Get, AuthToken = secret.Get },
            new ImportExotelRequest { Phone = phone.Get, Country = "IN", Region = "r", ApiKey = key.Get, ApiToken = secret.Get, Sid = sid.Get, Subdomain = "d" },
            new ImportTelnyxRequest { Phone = phone.Get, Country = "US", Region = "r", ApiKey = key.Get },
        ];

        foreach (var request in requests)
        {
            var json = JsonConvert.SerializeObject(request);
            var back = JsonConvert.DeserializeObject<PhoneImportRequest>(json)!;

            Assert.That(back.Provider, Is.EqualTo(request.Provider));
            Assert.That(back.Phone, Is.EqualTo(phone.Get));
            Assert.That(JsonConvert.SerializeObject(back), Is.EqualTo(json));
        }
    }
}
