using System.Text.Json.Serialization;

namespace CoSell.Grains.Domain;

/// <summary>
/// The stored state of one referral. Rules validate a command completely before they touch it, so a rejected
/// command leaves it as it was (R41); every accepted change goes through <see cref="Record"/>, which bumps the
/// version (the ETag, R40) and appends the history entry (R35).
/// </summary>
[GenerateSerializer]
public sealed class ReferralState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string EngagementId { get; set; } = "";
    [Id(2)] public string OrganizationId { get; set; } = "";
    [Id(3)] public string OrganizationName { get; set; } = "";
    [Id(4)] public string TenantId { get; set; } = "";
    [Id(5)] public string? SellerId { get; set; }
    [Id(6)] public ReferralDirection Direction { get; set; }
    [Id(7)] public DealType DealType { get; set; }
    [Id(8)] public Substatus Substatus { get; set; }
    [Id(9)] public string? StatusReason { get; set; }
    [Id(10)] public SalesStage SalesStage { get; set; }
    [Id(11)] public string Name { get; set; } = "";
    [Id(12)] public CustomerProfile? CustomerProfile { get; set; }
    [Id(13)] public Consent Consent { get; set; } = new(false);
    [Id(14)] public DealDetails? Details { get; set; }
    [Id(15)] public List<Contact> Team { get; set; } = [];
    [Id(16)] public List<Solution> Solutions { get; set; } = [];
    [Id(17)] public string? Location { get; set; }
    [Id(18)] public InviteContext? InviteContext { get; set; }
    /// <summary>On an outbound referral: the invitations it sent (R27, R28).</summary>
    [Id(19)] public List<PlannedInvitation> Invitations { get; set; } = [];
    [Id(20)] public DateTimeOffset? ExpirationDateTime { get; set; }
    [Id(21)] public DateTimeOffset CreatedAt { get; set; }
    [Id(22)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(23)] public long Version { get; set; }
    [Id(24)] public List<HistoryEntry> History { get; set; } = [];
    /// <summary>E-mail addresses to tell when this inbound referral is answered or lapses (R34).</summary>
    [Id(25)] public List<string> SenderNotifyEmails { get; set; } = [];
    /// <summary>Notifications caused by changes and not yet handed to the outbox.</summary>
    [Id(26)] public List<Notification> PendingNotifications { get; set; } = [];
    /// <summary>The last version whose summary and engagement status were published.</summary>
    [Id(27)] public long PublishedVersion { get; set; }
    /// <summary>The deal registration of a won referral (R31).</summary>
    [Id(28)] public DealRegistration? Registration { get; set; }
    /// <summary>The fingerprint of the keyed create request that made this referral (R40); null without a key.</summary>
    [Id(29)] public string? RequestFingerprint { get; set; }
    /// <summary>The last change made under an Idempotency-Key, so a retry of it answers instead of applying twice (R40).</summary>
    [Id(30)] public KeyedChange? LastKeyedChange { get; set; }
    /// <summary>On a Received referral: the smallest offset before its deadline it was warned at (R18, R21, R22); null before the first.</summary>
    [Id(31)] public TimeSpan? WarnedBefore { get; set; }
    /// <summary>On an inbound referral: who was told of the invitation, told again before its window closes.</summary>
    [Id(32)] public List<string> ReceiverNotifyEmails { get; set; } = [];
    /// <summary>On a co-sell request: an Operator's assignment to another seller not yet carried out (R4).</summary>
    [Id(33)] public PendingMove? Moving { get; set; }
    /// <summary>On a co-sell request: the sellers working it beside its own (issue 16, point 2).</summary>
    [Id(34)] public List<SellerContact> Colleagues { get; set; } = [];
    /// <summary>Whether this state's row under its customer (<c>c|</c>) is stored beside it: kept while open, deleted when it ends or moves.</summary>
    [Id(35)] public bool CustomerRowStored { get; set; }

    [JsonIgnore]
    public bool Exists => Version > 0;

    [JsonIgnore]
    public bool IsTerminal => Substatus is Substatus.Won or Substatus.Lost or Substatus.Declined or Substatus.Expired;

    [JsonIgnore]
    public bool IsMicrosoftSide => OrganizationId == Organizations.Microsoft;

    [JsonIgnore]
    public ReferralStatus Status => StatusOf(Substatus);

    [JsonIgnore]
    public string ETag => Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ReferralStatus StatusOf(Substatus substatus) => substatus switch
    {
        Substatus.Received => ReferralStatus.New,
        Substatus.Accepted => ReferralStatus.Active,
        _ => ReferralStatus.Closed,
    };

    /// <summary>Stamp an accepted change: new version (ETag), update time and a history entry.</summary>
    public void Record(Actor? actor, string action, string description, DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
        History.Add(new HistoryEntry(now, actor?.OrganizationId ?? "system", actor?.UserId ?? "system", action, description, Version));
    }

    /// <summary>
    /// Queue a notification for this change; its id is stable for the version that caused it. It links to
    /// <paramref name="referralId"/>, the recipient's own referral (R34: every link opens for its recipient), and on
    /// Microsoft's side names the seller it is for.
    /// </summary>
    public void Notify(NotificationKind kind, string recipientOrganizationId, string? recipientSellerId, string referralId,
        IReadOnlyList<string> recipients, string summary, DateTimeOffset now) =>
        PendingNotifications.Add(new Notification(
            $"{Id}:{Version}:{kind}", kind, recipientOrganizationId, recipients, referralId, Name, EngagementId, summary, now, recipientSellerId));
}
