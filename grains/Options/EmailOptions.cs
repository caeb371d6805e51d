using CoSell.Rest;

namespace CoSell.Grains.Options;

/// <summary>
/// E-mail notifications (R34), from the <c>CoSell:Email</c> section. The embedded default sends to the local
/// smtp4dev that <c>./run.sh</c> starts (SMTP 127.0.0.1:2525, web inbox http://127.0.0.1:5025).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "CoSell:Email";

    /// <summary>When false, notifications are recorded in the outbox and never sent.</summary>
    public bool Enabled { get; set; } = true;

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 2525;

    /// <summary>None, StartTls or SslOnConnect (MailKit's SecureSocketOptions names); Auto picks by port.</summary>
    public string Security { get; set; } = "None";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "CoSell <cosell@localhost>";

    /// <summary>Links in mails point here: <c>{LinkBaseUrl}/v1/referrals/{id}</c>.</summary>
    public string LinkBaseUrl { get; set; } = EmbeddedGateway.Url;

    /// <summary>First retry after a failed send; doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Attempts per notification before it is given up as <c>failed</c> (dead-lettered, counted in /metrics). With
    /// the default delays, 200 attempts span about 33 hours of a mail server outage.
    /// </summary>
    public int MaxAttempts { get; set; } = 200;

    /// <summary>How long one send to the SMTP server may take before it counts as a failed attempt.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
