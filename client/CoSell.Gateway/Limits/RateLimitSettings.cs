namespace CoSell.Gateway.Limits;

/// <summary>
/// Published limits (README "Limits"), from the <c>CoSell:RateLimits</c> section: each organization's calls to
/// <c>/v1</c> draw from one token bucket of <see cref="Burst"/> tokens refilled at <see cref="RequestsPerSecond"/>, so a
/// busy connector of one organization never slows another's. Over it a call is answered 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "CoSell:RateLimits";

    /// <summary>Off only for a closed test installation; a deployment keeps it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sustained calls per second per organization.</summary>
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Calls an organization may make at once after a quiet spell (the bucket's size).</summary>
    public int Burst { get; set; } = 500;
}
