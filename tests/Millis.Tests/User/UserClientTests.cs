using Millis.Tests.TestSupport;

namespace Millis.Tests.User;

public class UserClientTests
{
    [Test]
    public async Task GetInfoAsync_GetsUserInfo_AndReturnsCreditAndAutoRefill()
    {
        using var api = new ApiStub().RespondJson("""{"user_id":"u-1","credit":12.5,"used_credit":7.25,"auto_refill":{"enabled":true,"threshold":5.0,"refill_amount":20.0}}""");

        var info = await api.Client.User.GetInfoAsync();

        api.Single.AssertShape("GET", "/user/info");
        Assert.That((info.UserId, info.Credit, info.UsedCredit, info.AutoRefill.Enabled, info.AutoRefill.RefillAmount),
            Is.EqualTo(("u-1", 12.5, 7.25, true, (double?)20.0)));
    }
}
