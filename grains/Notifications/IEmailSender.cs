namespace CoSell.Grains.Notifications;

/// <summary>Sends one notification as one e-mail to the given recipients; throws when the mail server does not take it.</summary>
public interface IEmailSender
{
    Task SendAsync(Notification notification, IReadOnlyList<string> recipients, CancellationToken cancellation);
}
