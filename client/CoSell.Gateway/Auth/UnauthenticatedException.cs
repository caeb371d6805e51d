namespace CoSell.Gateway.Auth;

/// <summary>
/// The request carries no usable identity (a valid signature but no organization, tenant or user): 401, as a
/// missing token is, rather than 403, which says "known, but not allowed".
/// </summary>
public sealed class UnauthenticatedException(string message) : Exception(message);
