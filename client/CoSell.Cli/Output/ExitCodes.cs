namespace CoSell.Cli.Output;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Usage errors, and anything unexpected.</summary>
    public const int Failure = 1;
    /// <summary>The input broke a rule or was malformed (invalidRequest, validationFailed).</summary>
    public const int Invalid = 2;
    /// <summary>Not found, or not allowed (notFound, accessDenied, a bad token).</summary>
    public const int NotFound = 3;
    /// <summary>The referral's state or ETag does not allow it (invalidStateTransition, terminalState, conflict, preconditionFailed).</summary>
    public const int Conflict = 4;
    /// <summary>The cluster could not be reached.</summary>
    public const int Unavailable = 5;

    public static int Of(ErrorCode code) => code switch
    {
        ErrorCode.InvalidRequest or ErrorCode.ValidationFailed => Invalid,
        ErrorCode.NotFound or ErrorCode.AccessDenied => NotFound,
        _ => Conflict,
    };
}
