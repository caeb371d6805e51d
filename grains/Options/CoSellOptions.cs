namespace CoSell.Grains.Options;

/// <summary>
/// Engine settings, bound from the <c>CoSell</c> configuration section (environment: <c>CoSell__Windows__InboundResponse=00:00:30</c>).
/// </summary>
public sealed class CoSellOptions
{
    public const string Section = "CoSell";

    public WindowOptions Windows { get; set; } = new();

    public SellerOptions Sellers { get; set; } = new();

    /// <summary>Microsoft's side (R4).</summary>
    public sealed class SellerOptions
    {
        /// <summary>
        /// Where a co-sell request goes when no seller's territory holds the customer's country: a registered seller's id
        /// (a regional desk), or <c>fallback</c>, the queue Microsoft's Operators work (its owners are mailed). A seller id
        /// not registered when a request arrives routes to the queue. Default <c>fallback</c>.
        /// </summary>
        public string FallbackQueue { get; set; } = Organizations.FallbackSellerQueue;
    }

    /// <summary>Response windows.</summary>
    public sealed class WindowOptions
    {
        /// <summary>How long an invited partner has to accept or decline before the referral expires (R18, R21). Default 14 days.</summary>
        public TimeSpan InboundResponse { get; set; } = TimeSpan.FromDays(14);

        /// <summary>How long a Microsoft seller has to engage or decline a co-sell request before it lapses (R22). Default 14 days.</summary>
        public TimeSpan SellerDecision { get; set; } = TimeSpan.FromDays(14);

        /// <summary>
        /// How often a desk's response-window reminder ticks while it has open windows. A tick that falls due while its
        /// silo is down fires at the next one on the new owner, so this bounds how late an expiry can be after a crash.
        /// Default 1 minute; Orleans' minimum reminder period is lowered to it when it is shorter (1 second at least).
        /// </summary>
        public TimeSpan TickPeriod { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>
        /// When the party that must answer is warned before its window closes (R18, R21, R22): TimeSpans before the
        /// deadline, separated by commas. Default 3 days and 1 day; empty for no warnings. A string, not a list, since
        /// configuration binding appends a configured list to the default one instead of replacing it.
        /// </summary>
        public string Warnings { get; set; } = "3.00:00:00,1.00:00:00";

        /// <summary><see cref="Warnings"/> parsed, largest first.</summary>
        public IReadOnlyList<TimeSpan> WarningOffsets => Domain.ResponseWarnings.ParseOffsets(Warnings);
    }
}
