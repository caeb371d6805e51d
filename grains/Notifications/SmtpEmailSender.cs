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
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(Notification notification, IReadOnlyList<string> recipients, CancellationToken cancellation)
    {
        var settings = options.Value;
        MimeMessage composed;
        try
        {
            composed = Compose(notification, recipients, settings);
        }
        catch (ParseException ex)
        {
            throw new MailRejectedException($"An address of this mail cannot be parsed: {ex.Message}", permanent: true, ex);
        }

        using var message = composed;
        using var smtp = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await smtp.ConnectAsync(settings.Host, settings.Port, security, cancellation);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellation);
        }

        try
        {
            await smtp.SendAsync(message, cancellation);
        }
        catch (SmtpCommandException ex)
        {
            // The server answered, about this mail: 5xx is final (RFC 5321), 4xx may pass later.
            throw new MailRejectedException($"The mail server refused this mail: {(int)ex.StatusCode} {ex.Message}", permanent: (int)ex.StatusCode >= 500, ex);
        }

        await smtp.DisconnectAsync(quit: true, cancellation);
    }

    public static MimeMessage Compose(Notification notification, IReadOnlyList<string> recipients, EmailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        foreach (var recipient in recipients)
        {
            message.To.Add(MailboxAddress.Parse(recipient));
        }

        message.MessageId = $"{string.Concat(notification.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '.'))}@cosell";
        message.Headers.Add("X-CoSell-Notification", notification.Id);
        message.Subject = $"[CoSell] {Title(notification.Kind)}: {notification.ReferralName}";
        var link = $"{settings.LinkBaseUrl.TrimEnd('/')}/v1/referrals/{Uri.EscapeDataString(notification.ReferralId)}";
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {notification.Summary}

                Referral: {notification.ReferralName}
                Open it: {link}

                You receive this because you are named on the referral or administer referrals for your organization.
                To stop these e-mails, ask your administrator to opt this address out.
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
        _ => "Microsoft's window lapsed",
    };
}
