using CoSell.Grains.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoSell.Grains.Hosting;

/// <summary>Registers what the grains need: options bound from the <c>CoSell</c> section and the clock.</summary>
public static class CoSellGrainServices
{
    public static IServiceCollection AddCoSellGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoSellOptions>().Bind(configuration.GetSection(CoSellOptions.Section)).Validate(
            o => o.Windows.InboundResponse > TimeSpan.Zero && o.Windows.SellerDecision > TimeSpan.Zero,
            "CoSell:Windows:InboundResponse and CoSell:Windows:SellerDecision must be positive.").ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.TryAddSingleton<Notifications.IEmailSender, Notifications.SmtpEmailSender>();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section));
        services.TryAddSingleton<Webhooks.IWebhookSender, Webhooks.HttpWebhookSender>();
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
}
