using CoSell.Client.Identity;
using CoSell.Gateway.Auth;
using CoSell.Gateway.Endpoints;
using CoSell.Gateway.Errors;
using CoSell.Gateway.OpenApi;
using CoSell.Gateway.Limits;
using CoSell.Rest;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoSell.Gateway.Hosting;

/// <summary>
/// The REST gateway (API.md) over any grain factory: inside a silo (the embedded default) or in its own process
/// as an external cluster client. <c>AddCoSellGateway</c> registers services, <c>MapCoSellGateway</c> the routes.
/// </summary>
public static class CoSellGateway
{
    /// <summary>Microsoft Operators only (the dashboard).</summary>
    public const string OperatorPolicy = "Operator";

    public static IHostApplicationBuilder AddCoSellGateway(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(sp => new CoSellClient(sp.GetRequiredService<IGrainFactory>()));
        services.ConfigureHttpJsonOptions(o => RestJson.Configure(o.SerializerOptions));
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<DocumentDocumentation>();
            o.AddOperationTransformer<OperationDocumentation>();
            o.AddSchemaTransformer<SchemaDocumentation>();
        });

        // Read and checked now, because the token validation is chosen from it; a wrong value stops the host naming the key.
        var auth = AuthSettingsValidator.Read(builder.Configuration);
        services.AddOptions<AuthSettings>().BindConfiguration(AuthSettings.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthSettings>, AuthSettingsValidator>());
        DevelopmentKeyGuard.EnsureSafe(builder.Configuration, auth);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            if (auth.UsesDevelopmentTokens)
            {
                o.TokenValidationParameters = DevelopmentTokens.ValidationParameters(auth.DevelopmentKey);
            }
            else
            {
                o.Authority = auth.Authority;
                o.Audience = auth.Audience;
                o.TokenValidationParameters.ValidIssuer = auth.Issuer ?? auth.Authority;
                o.TokenValidationParameters.NameClaimType = CoSellClaims.Subject;
                o.TokenValidationParameters.RoleClaimType = CoSellClaims.Role;
            }

            o.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    await ProblemResponses.WriteAsync(context.HttpContext, ProblemResponses.Unauthenticated(
                        context.AuthenticateFailure is null ? "Send Authorization: Bearer <token>." : "The bearer token is not valid."));
                },
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(OperatorPolicy, p => p.RequireClaim(CoSellClaims.Role, nameof(Role.Operator)).RequireClaim(CoSellClaims.Organization, Organizations.Microsoft));
        services.AddOrganizationRateLimits(builder.Configuration);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        // Metrics for Prometheus on /metrics; traces across gateway → grains, exported over OTLP when an
        // endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT).
        services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter("CoSell", "Microsoft.Orleans").AddAspNetCoreInstrumentation().AddPrometheusExporter())
            .WithTracing(t =>
            {
                t.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application").AddAspNetCoreInstrumentation();
                if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    t.AddOtlpExporter();
                }
            });
        return builder;
    }

    public static WebApplication MapCoSellGateway(this WebApplication app)
    {
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseMiddleware<ProblemMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealth();
        // Every /v1 route may answer these; routes add the ones only they can (ApiDescriptions).
        app.MapGroup("/v1").RequireAuthorization().RequireRateLimiting(OrganizationRateLimits.Policy)
            .Errors(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError)
            .AddEndpointFilter<RouteIdFilter>().MapDirectory().MapReferrals().MapRegistrations().MapOrganization().MapNotifications().MapBulk();
        return app;
    }
}
