using CoSell.Grains.Domain;

namespace CoSell.Tests.Domain;

/// <summary>Asserts a command is rejected with the expected code and target, and leaves the state as it was (R41).</summary>
public static class RuleAssert
{
    public static CoSellException Rejects(ErrorCode code, string target, Action act)
    {
        var error = Assert.Throws<CoSellException>(act);
        Assert.Equal(code, error.Code);
        Assert.Equal(target, error.Target);
        return error;
    }

    public static CoSellException RejectsUnchanged(ReferralState state, ErrorCode code, string target, Action act)
    {
        var before = DomainFixtures.Fingerprint(state);
        var error = Rejects(code, target, act);
        Assert.Equal(before, DomainFixtures.Fingerprint(state));
        return error;
    }
}
