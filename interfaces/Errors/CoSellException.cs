namespace CoSell;

/// <summary>
/// A typed rejection (R41): a stable <see cref="Code"/>, the <see cref="Target"/> field or rule that was
/// broken, and a message a person can act on. A rejected operation changes nothing.
/// Serializable so it crosses the grain boundary intact.
/// </summary>
[GenerateSerializer]
public sealed class CoSellException : Exception
{
    public CoSellException(ErrorCode code, string target, string message)
        : base(message)
    {
        Code = code;
        Target = target;
    }

    [Id(0)]
    public ErrorCode Code { get; private set; }

    /// <summary>The offending field (e.g. <c>details.dealValue</c>) or rule (e.g. <c>R27</c>).</summary>
    [Id(1)]
    public string Target { get; private set; }

    public static CoSellException Validation(string target, string message) => new(ErrorCode.ValidationFailed, target, message);

    public static CoSellException InvalidRequest(string target, string message) => new(ErrorCode.InvalidRequest, target, message);

    public static CoSellException InvalidTransition(string target, string message) => new(ErrorCode.InvalidStateTransition, target, message);

    public static CoSellException Terminal(string referralId, Substatus substatus) =>
        new(ErrorCode.TerminalState, "R26", $"Referral '{referralId}' is {substatus}, a terminal state; it can no longer be changed.");

    public static CoSellException NotFound(string target, string message) => new(ErrorCode.NotFound, target, message);

    public static CoSellException AccessDenied(string target, string message) => new(ErrorCode.AccessDenied, target, message);

    public static CoSellException StaleETag(string referralId, string expected, string actual) =>
        new(ErrorCode.PreconditionFailed, "If-Match", $"Referral '{referralId}' has ETag {actual}, not {expected}; read it again and retry.");

    public static CoSellException Conflict(string target, string message) => new(ErrorCode.Conflict, target, message);

    public override string ToString() => $"{Code.ToWireName()} [{Target}]: {Message}";
}
