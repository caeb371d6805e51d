namespace CoSell.Grains.Domain;

/// <summary>
/// Accept, decline and close carry an optional Idempotency-Key (R40) so that a request whose answer was lost — a
/// timeout while a silo left — can be sent again: the referral remembers its last keyed change, and the same key from
/// the same user with the same body answers the referral as it is now; the same key with another body is a conflict.
/// Only the last keyed change is remembered: a retry comes within seconds, and an older key meets the rules again.
/// </summary>
public static class KeyedChanges
{
    public const int MaxKeyLength = 200;

    /// <summary>The request's hash, as a keyed create's (<see cref="RequestFingerprint"/>), with the action it asks for.</summary>
    public static string Fingerprint<TRequest>(string action, TRequest request) => RequestFingerprint.Of(new { action, request });

    /// <summary>True when this request already made the referral's last keyed change; throws when its key was used with another body.</summary>
    public static bool IsRepeat(ReferralState state, Actor actor, string? key, string fingerprint)
    {
        if (key is null)
        {
            return false;
        }

        if (key.Length is 0 or > MaxKeyLength)
        {
            throw CoSellException.InvalidRequest("Idempotency-Key", $"An Idempotency-Key has 1–{MaxKeyLength} characters (R40).");
        }

        if (state.LastKeyedChange is not { } last || last.Key != key || last.UserId != actor.UserId)
        {
            return false;
        }

        return last.Fingerprint == fingerprint
            ? true
            : throw CoSellException.Conflict("Idempotency-Key",
                "This Idempotency-Key was already used with a different request; use a new key for a different change (R40).");
    }

    /// <summary>Remember the change just applied (call after the rule, before the write, so both are stored together).</summary>
    public static void Remember(ReferralState state, Actor actor, string? key, string fingerprint)
    {
        if (key is not null)
        {
            state.LastKeyedChange = new KeyedChange(key, actor.UserId, fingerprint, state.Version);
        }
    }
}
