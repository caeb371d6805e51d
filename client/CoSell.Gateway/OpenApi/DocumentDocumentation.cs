using CoSell.Gateway.Limits;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.OpenApi;

namespace CoSell.Gateway.OpenApi;

/// <summary>
/// The document as a whole: what the API is, the limits it publishes (as configured), and the bearer token every
/// <c>/v1</c> route needs.
/// </summary>
public sealed class DocumentDocumentation(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var limits = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        var rate = limits.Enabled
            ? $"Each organization may call /v1 {limits.RequestsPerSecond} times a second sustained, in bursts of up to {limits.Burst}; beyond that 429 with Retry-After. "
            : "";
        document.Info = new OpenApiInfo
        {
            Title = "CoSell REST API",
            Version = "v1",
            Description = "Partner co-sell referrals: create, invite, accept or decline within 14 days, work through the sales stages, register won deals. "
                + "Errors are application/problem+json with a code and the field or rule they name (target). " + rate
                + "Page sizes: referral views top 1–100 (default 25), partner search 1–100 (25), the change feed 1–1000 (100), other lists 1–500 (100); "
                + "an export holds 5,000 rows, an import 1,000.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token from the organization's authority (claims org, tid, sub, roles; a service: idtyp=app), or in development `cosell token`.",
        };
        return Task.CompletedTask;
    }
}
