namespace CoSell;

/// <summary>
/// Ids as they enter the system (R41): a referral, partner, customer, solution, seller or tenant id is non-empty,
/// has no surrounding whitespace and no control characters. A bad one is 400 <c>invalidRequest</c> naming it, never
/// a grain key that fails deep inside.
/// </summary>
public static class Ids
{
    public const int MaxLength = 200;

    public static string Ensure(string? id, string target)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxLength || id.Trim().Length != id.Length || id.Any(char.IsControl))
        {
            throw CoSellException.InvalidRequest(target, $"{target} must be 1 to {MaxLength} characters, without surrounding whitespace or control characters.");
        }

        return id;
    }
}
