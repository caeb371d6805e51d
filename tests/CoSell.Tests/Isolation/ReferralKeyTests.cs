namespace CoSell.Tests.Isolation;

/// <summary>Referral grain keys (issue 12): the owner is part of the key, so a caller only ever reaches its own organization's referrals (R2, R3).</summary>
public sealed class ReferralKeyTests
{
    [Theory]
    [InlineData("1234567", null, "abc")]
    [InlineData("odd/partner%id", null, "id/with/slashes")]
    [InlineData(Organizations.Microsoft, "seller-us", "abc-msft")]
    [InlineData(Organizations.Microsoft, null, "queued")]
    public void A_key_names_its_owner_and_id_and_parses_back(string organizationId, string? sellerId, string referralId)
    {
        var owner = ReferralKeys.Parse(ReferralKeys.For(organizationId, sellerId, referralId));
        Assert.Equal(new ReferralOwner(organizationId, organizationId == Organizations.Microsoft ? sellerId ?? Organizations.FallbackSellerQueue : null, referralId), owner);
    }

    [Fact]
    public void R2_R3_callers_address_referrals_of_their_own_organization_or_seller_only()
    {
        var partner = new Actor("1234567", "t1", "ann", [Role.ReferralAdmin]);
        var seller = new Actor(Organizations.Microsoft, "msft-t", "sam", [Role.MicrosoftSeller], SellerId: "seller-us");
        var operatorActor = new Actor(Organizations.Microsoft, "msft-t", "op", [Role.Operator]);

        Assert.Equal(ReferralKeys.For("1234567", null, "r1"), ReferralKeys.Of(partner, "r1"));
        Assert.NotEqual(ReferralKeys.For("2345678", null, "r1"), ReferralKeys.Of(partner, "r1"));
        Assert.Equal(ReferralKeys.For(Organizations.Microsoft, "seller-us", "r1"), ReferralKeys.Of(seller, "r1"));
        Assert.Equal(ReferralKeys.For(Organizations.Microsoft, Organizations.FallbackSellerQueue, "r1"), ReferralKeys.Of(operatorActor, "r1"));
    }

    [Theory]
    [InlineData("r1")]
    [InlineData("x/1234567/r1")]
    [InlineData("p/1234567")]
    public void A_string_that_is_not_a_referral_key_is_refused(string key) =>
        Assert.Throws<ArgumentException>(() => ReferralKeys.Parse(key));
}
