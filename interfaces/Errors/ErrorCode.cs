namespace CoSell;

/// <summary>
/// Stable error codes (R41). The wire form is the camelCase name (<c>validationFailed</c>, …);
/// see <see cref="ErrorCodeNames"/>.
/// </summary>
public enum ErrorCode
{
    InvalidRequest,
    ValidationFailed,
    InvalidStateTransition,
    TerminalState,
    NotFound,
    AccessDenied,
    PreconditionFailed,
    Conflict,
}
