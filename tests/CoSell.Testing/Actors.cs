namespace CoSell.Testing;

/// <summary>The callers the scenarios act as.</summary>
public static class Actors
{
    public const string PartnerA = "1111111";
    public const string PartnerB = "2222222";
    public const string PartnerC = "3333333";
    public const string SellerUs = "seller-us";
    public const string SellerUs2 = "seller-us-2";

    public static Actor Operator { get; } = new(Organizations.Microsoft, "msft", "op", [Role.Operator]);

    public static Actor AdminOf(string partnerId, string? tenant = null, string user = "alice") =>
        new(partnerId, tenant ?? PrimaryTenant(partnerId), user, [Role.ReferralAdmin]);

    public static Actor ReaderOf(string partnerId, string? tenant = null) =>
        new(partnerId, tenant ?? PrimaryTenant(partnerId), "reader", [Role.ReferralUser]);

    public static Actor Seller(string sellerId) => new(Organizations.Microsoft, "msft", sellerId, [Role.MicrosoftSeller], sellerId);

    public static string PrimaryTenant(string partnerId) => $"t-{partnerId}-1";

    public static string SecondTenant(string partnerId) => $"t-{partnerId}-2";
}
