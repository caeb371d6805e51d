using CoSell.Grains.Options;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoSell.Grains.Notifications;

/// <summary>
/// Real SMTP through MailKit (R34). Each mail names the referral and links to it; its Message-Id is derived from
/// the notification id so a repeated send after a lost acknowledgement is recognisable downstream.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, UnsubscribeLinks links) : IEmailSender
{
    /// <summary>
    /// One message per recipient over one connection, each with its own signed one-click unsubscribe link (RFC 8058);
    /// a retry after a partial failure sends to all again (at least once, R34).
    /// </summary>
    public async Task SendAsync(Notification notification, IReadOnlyList<string> recipients, CancellationToken cancellation)
    {
        var settings = options.Value;
        var messages = new List<MimeMessage>();
        try
        {
            foreach (var recipient in recipients)
            {
                messages.Add(Compose(notification, recipient, settings, links.UrlFor(recipient)));
            }
        }
        catch (ParseException ex)
        {
            messages.ForEach(m => m.Dispose());
            throw new MailRejectedException($"An address of this mail cannot be parsed: {ex.Message}", permanent: true, ex);
        }

        try
        {
            using var smtp = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
            var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
            await smtp.ConnectAsync(settings.Host, settings.Port, security, cancellation);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellation);
            }

            // A recipient the server refuses does not cost the others their mail: send to every one, then report.
            var refused = new List<(string Recipient, SmtpCommandException Error)>();
            foreach (var message in messages)
            {
                try
                {
                    await smtp.SendAsync(message, cancellation);
                }
                catch (SmtpCommandException ex)
                {
                    refused.Add((message.To.Mailboxes.First().Address, ex));
                }
            }

            await smtp.DisconnectAsync(quit: true, cancellation);
            if (refused.Count > 0)
            {
                // The server answered, about these mails: 5xx is final (RFC 5321), 4xx may pass later.
                throw new MailRejectedException(
                    "The mail server refused: " + string.Join("; ", refused.Select(r => $"{r.Recipient}: {(int)r.Error.StatusCode} {r.Error.Message}")),
                    permanent: refused.All(r => (int)r.Error.StatusCode >= 500), refused[0].Error);
            }
        }
        finally
        {
            messages.ForEach(m => m.Dispose());
        }
    }

    public static MimeMessage Compose(Notification notification, string recipient, EmailOptions settings, string unsubscribeUrl)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        // Stable per notification and recipient, so a repeat after a lost acknowledgement is recognisable downstream.
        var to = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(recipient.Trim().ToLowerInvariant())).AsSpan(0, 6));
        message.MessageId = $"{string.Concat(notification.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '.'))}.{to}@cosell";
        message.Headers.Add("X-CoSell-Notification", notification.Id);
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Subject = $"[CoSell] {Title(notification.Kind)}: {notification.ReferralName}";
        var link = $"{settings.LinkBaseUrl.TrimEnd('/')}/v1/referrals/{Uri.EscapeDataString(notification.ReferralId)}";
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {notification.Summary}

                Referral: {notification.ReferralName}
                Open it: {link}

                You receive this because you are named on the referral or administer referrals for your organization.
                To stop these e-mails: {unsubscribeUrl}
                """,
        };
        return message;
    }

    private static string Title(NotificationKind kind) => kind switch
    {
        NotificationKind.ReferralReceived => "New referral",
        NotificationKind.ReferralAccepted => "Referral accepted",
        NotificationKind.ReferralDeclined => "Referral declined",
        NotificationKind.ReferralExpired => "Referral expired",
        NotificationKind.SellerEngaged => "Microsoft engaged",
        NotificationKind.SellerDeclined => "Microsoft declined",
        NotificationKind.RegistrationReviewed => "Deal registration reviewed",
        NotificationKind.ReferralExpiring => "Respond soon",
        NotificationKind.RequestAssigned => "Co-sell request assigned to you",
        NotificationKind.ColleagueAdded => "You were added to a co-sell request",
        NotificationKind.NoteAdded => "New note",
        _ => "Microsoft's window lapsed",
    };
}
