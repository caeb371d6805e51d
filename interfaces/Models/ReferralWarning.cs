namespace CoSell;

/// <summary>
/// Something the system noticed about a change it accepted (issue 16): a possible duplicate of another open deal
/// (<c>possibleDuplicate</c>, naming it), a private deal that cannot be registered (<c>notRegistrable</c>). Given with
/// the answer to the change that caused it; never stored.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralWarning(string Code, string Message, string? ReferralId = null)
{
    public const string PossibleDuplicate = "possibleDuplicate";
    public const string NotRegistrable = "notRegistrable";
}
