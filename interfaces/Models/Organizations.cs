namespace CoSell;

/// <summary>Well-known organization ids (R1).</summary>
public static class Organizations
{
    /// <summary>Microsoft's fixed organization id.</summary>
    public const string Microsoft = "msft";

    /// <summary>The seller queue that receives co-sell requests no territory matches (R4).</summary>
    public const string FallbackSellerQueue = "fallback";
}
