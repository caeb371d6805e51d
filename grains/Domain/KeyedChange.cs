namespace CoSell.Grains.Domain;

/// <summary>
/// The last change a referral made under an Idempotency-Key (R40): who asked, with which key and body (as a hash), and
/// the version it produced. A repeat of that request answers the referral as it is instead of applying it twice.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KeyedChange(string Key, string UserId, string Fingerprint, long Version);
