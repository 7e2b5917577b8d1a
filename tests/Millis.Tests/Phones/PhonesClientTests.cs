using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Phones;

public class PhonesClientTests
{
    private const string Number = "+15551234567";
    private const string Escaped = "%2B15551234567";
    private const string PhoneJson = """{"id":"+15551234567","agent_id":"agent-1","create_at":1700000000.0,"status":"active","tags":["sales"]}""";

    [Test]
    public async Task ListAsync_GetsPhones_AndReturnsTheArray()
    {
        using var api = new ApiStub().RespondJson($"[{PhoneJson}]");

        var phones = await api.Client.Phones.ListAsync();

        api.Single.AssertShape("GET", "/phones");
        Assert.That(phones.Select(p => p.Id), Is.EqualTo(new[] { Number }));
    }

    [Test]
    public async Task GetAsync_EscapesThePlusOfTheNumberInThePath()
    {
        using var api = new ApiStub().RespondJson(PhoneJson);

        var phone = await api.Client.Phones.GetAsync(Number);

        api.Single.AssertShape("GET", $"/phones/{Escaped}");
        Assert.That((phone.AgentId, phone.Status), Is.EqualTo(("agent-1", "active")));
    }

    [Test]
    public async Task DeleteAsync_DeletesTheNumber()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Phones.DeleteAsync(Number);

        api.Single.AssertShape("DELETE", $"/phones/{Escaped}");
    }

    [Test]
    public async Task ImportAsync_PostsTheProviderShapeWithItsProviderName_AndReturnsTheJson()
    {
        using var api = new ApiStub().RespondJson("""{"id":"phone-9"}""");
        var request = new PhoneImportRequest(new ImportTwilioRequest
        {
            Country = "US", Phone = Number, Region = "us-west", ApiKey = "SKxx", ApiSecret = "secret", AccountSid = "ACxx",
        });

        var result = await api.Client.Phones.ImportAsync(request);

        api.Single.AssertShape("POST", "/phones/import",
            """{"country":"US","provider":"twilio","phone":"+15551234567","region":"us-west","api_key":"SKxx","api_secret":"secret","account_sid":"ACxx"}""");
        Assert.That(result.GetString("id"), Is.EqualTo("phone-9"));
    }

    [Test]
    public async Task PurchaseAsync_PostsCountryAndAreaCode_AndReturnsTheJson()
    {
        using var api = new ApiStub().RespondJson("\"+14155550100\"");

        var result = await api.Client.Phones.PurchaseAsync(new PurchasePhoneNumberRequest { Country = "US", AreaCode = "415" });

        api.Single.AssertShape("POST", "/phones/purchase", """{"country":"US","area_code":"415"}""");
        Assert.That(result.AsString(), Is.EqualTo("+14155550100"));
    }

    [Test]
    public async Task SetAgentAsync_PostsTheAgentId()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Phones.SetAgentAsync(Number, "agent-1");

        api.Single.AssertShape("POST", $"/phones/{Escaped}/set_agent", """{"agent_id":"agent-1"}""");
    }

    [Test]
    public async Task SetAgentConfigOverrideAsync_PostsOnlyTheSetFields()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Phones.SetAgentConfigOverrideAsync(Number, new PartialAgentConfig { FirstMessage = "Hello!" });

        api.Single.AssertShape("POST", $"/phones/{Escaped}/agent-config-override", """{"first_message":"Hello!"}""");
    }

    [Test]
    public async Task UpdateTagsAsync_PutsTheTags()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Phones.UpdateTagsAsync(Number, ["sales", "west"]);

        api.Single.AssertShape("PUT", $"/phones/{Escaped}/tags", """{"tags":["sales","west"]}""");
    }

    [Test]
    public async Task DeleteAsync_AcceptsABareOkAsSuccess()
    {
        using var api = new ApiStub().RespondJson("\"ok\"");

        await api.Client.Phones.DeleteAsync(Number);

        Assert.That(api.Requests, Has.Count.EqualTo(1));
    }
}
