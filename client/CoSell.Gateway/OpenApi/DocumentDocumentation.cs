using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoSell.Gateway.OpenApi;

/// <summary>The document as a whole: what the API is, and the bearer token every <c>/v1</c> route needs.</summary>
public sealed class DocumentDocumentation : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CoSell REST API",
            Version = "v1",
            Description = "Partner co-sell referrals: create, invite, accept or decline within 14 days, work through the sales stages, register won deals. "
                + "Errors are application/problem+json with a code and the field or rule they name (target). Limits: 429 with Retry-After.",
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
