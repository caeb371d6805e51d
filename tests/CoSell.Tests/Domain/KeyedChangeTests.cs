using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>R40: a keyed accept, decline or close is answered, not applied, when it is sent again.</summary>
public sealed class KeyedChangeTests
{
    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    [Fact]
    public void R40_a_repeat_of_the_last_keyed_change_by_the_same_user_with_the_same_body_is_recognised()
    {
        var state = Inbound();
        var request = new AcceptReferralRequest("Kept", IdempotencyKey: "k-1");
        var fingerprint = KeyedChanges.Fingerprint("accept", request);
        Assert.False(KeyedChanges.IsRepeat(state, B, "k-1", fingerprint));
        InboundResponse.Accept(state, B, request, Now);
        KeyedChanges.Remember(state, B, "k-1", fingerprint);

        Assert.True(KeyedChanges.IsRepeat(state, B, "k-1", KeyedChanges.Fingerprint("accept", request)));
        Assert.Equal(state.Version, state.LastKeyedChange!.Version);
        Assert.False(KeyedChanges.IsRepeat(state, B with { UserId = "someone-else" }, "k-1", fingerprint));
        Assert.False(KeyedChanges.IsRepeat(state, B, "k-2", fingerprint));
        Assert.False(KeyedChanges.IsRepeat(state, B, null, fingerprint));
    }

    [Fact]
    public void R40_the_same_key_with_another_body_or_action_is_a_conflict_naming_the_key()
    {
        var state = Inbound();
        var request = new AcceptReferralRequest("Kept", IdempotencyKey: "k-1");
        InboundResponse.Accept(state, B, request, Now);
        KeyedChanges.Remember(state, B, "k-1", KeyedChanges.Fingerprint("accept", request));

        RuleAssert.Rejects(ErrorCode.Conflict, "Idempotency-Key",
            () => KeyedChanges.IsRepeat(state, B, "k-1", KeyedChanges.Fingerprint("accept", request with { Name = "Other" })));
        RuleAssert.Rejects(ErrorCode.Conflict, "Idempotency-Key",
            () => KeyedChanges.IsRepeat(state, B, "k-1", KeyedChanges.Fingerprint("decline", new DeclineReferralRequest(DeclineReason.NotMyExpertise, IdempotencyKey: "k-1"))));
    }

    [Fact]
    public void R40_R41_a_key_longer_than_200_characters_is_refused_naming_the_header()
    {
        var state = Inbound();
        RuleAssert.Rejects(ErrorCode.InvalidRequest, "Idempotency-Key",
            () => KeyedChanges.IsRepeat(state, B, new string('k', 201), "x"));
    }

    [Fact]
    public void R40_without_a_key_nothing_is_remembered()
    {
        var state = Inbound();
        KeyedChanges.Remember(state, B, null, "x");
        Assert.Null(state.LastKeyedChange);
    }
}
