using CoSell.Grains.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CoSell.Grains.Hosting;

/// <summary>Registers what the grains need: options bound from the <c>CoSell</c> section and the clock.</summary>
public static class CoSellGrainServices
{
    public static IServiceCollection AddCoSellGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoSellOptions>().Bind(configuration.GetSection(CoSellOptions.Section)).Validate(
            o => o.Windows.InboundResponse > TimeSpan.Zero && o.Windows.SellerDecision > TimeSpan.Zero,
            "CoSell:Windows:InboundResponse and CoSell:Windows:SellerDecision must be positive.").Validate(
            o => o.Windows.TickPeriod >= TimeSpan.FromSeconds(1) && o.Windows.TickPeriod <= TimeSpan.FromHours(1),
            "CoSell:Windows:TickPeriod must lie between 00:00:01 and 01:00:00.").Validate(
            o => WarningsAreValid(o.Windows),
            "CoSell:Windows:Warnings must list positive TimeSpans separated by commas (\"3.00:00:00,1.00:00:00\"), or be empty.").ValidateOnStart();
        services.AddOptions<ReminderOptions>().Configure<IOptions<CoSellOptions>>((reminders, options) =>
            reminders.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(reminders.MinimumReminderPeriod.Ticks, options.Value.Windows.TickPeriod.Ticks)));
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.TryAddSingleton<Notifications.IEmailSender, Notifications.SmtpEmailSender>();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.TryAddSingleton<Webhooks.IWebhookSender, Webhooks.HttpWebhookSender>();
        services.AddOptions<FeedOptions>().Bind(configuration.GetSection(FeedOptions.Section)).Validate(
            o => o.Retention >= TimeSpan.FromDays(1), "CoSell:Feed:Retention must be at least 1.00:00:00 (a day).").ValidateOnStart();
        services.TryAddSingleton<Webhooks.WebhookSecrets>();
        services.TryAddSingleton<Notifications.UnsubscribeLinks>();
        services.AddMetrics();
        services.TryAddSingleton<Observability.CoSellMetrics>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Webhooks.WebhookRegistryCache>();
        services.TryAddSingleton<Desks.DeskServices>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<Webhooks.WebhookRegistryCache>());
        return services;
    }

    private static bool WarningsAreValid(CoSellOptions.WindowOptions windows)
    {
        try
        {
            _ = windows.WarningOffsets;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
