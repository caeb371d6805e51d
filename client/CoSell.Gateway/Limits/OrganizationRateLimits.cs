using System.Globalization;
using System.Threading.RateLimiting;
using CoSell.Client.Identity;
using CoSell.Gateway.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Gateway.Limits;

/// <summary>
/// Per-organization rate limits (ASP.NET Core rate limiting): one token bucket per organization claim (per client
/// address for calls without one, which the routes then refuse anyway). A refused call gets 429, <c>Retry-After</c> in
/// whole seconds and a problem naming the limit, like every other error (R41).
/// </summary>
public static class OrganizationRateLimits
{
    public const string Policy = "organization";

    public static IServiceCollection AddOrganizationRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (settings.RequestsPerSecond < 1 || settings.Burst < 1)
        {
            throw new InvalidOperationException($"{RateLimitSettings.Section}:RequestsPerSecond and Burst must be at least 1.");
        }

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, context => !settings.Enabled
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetTokenBucketLimiter(PartitionOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            o.OnRejected = (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ProblemResponses.WriteAsync(context.HttpContext, ProblemResponses.RateLimited(
                    $"Your organization is over its limit of {settings.RequestsPerSecond} calls a second (bursts of {settings.Burst}); retry after {seconds} s.")));
            };
        });
        return services;
    }

    private static string PartitionOf(HttpContext context) =>
        context.User.FindFirst(CoSellClaims.Organization)?.Value is { Length: > 0 } organization
            ? $"org:{organization}"
            : $"address:{context.Connection.RemoteIpAddress}";
}
