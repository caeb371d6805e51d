namespace CoSell;

/// <summary>Wire names of <see cref="ErrorCode"/> values as API.md spells them.</summary>
public static class ErrorCodeNames
{
    public static string ToWireName(this ErrorCode code)
    {
        var name = code.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
