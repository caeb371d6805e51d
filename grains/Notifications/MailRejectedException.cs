namespace CoSell.Grains.Notifications;

/// <summary>
/// The mail server refused this one mail (a rejected recipient, an address it cannot parse) while the server itself
/// works: the outbox moves on to the next notification instead of waiting behind this one. <see cref="Permanent"/>
/// (an SMTP 5xx, an unparsable address) ends it at once as failed; otherwise it is retried like any failure.
/// </summary>
public sealed class MailRejectedException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
