using CoSell.Portal.Auth;
using CoSell.Portal.Components;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.FluentUI.AspNetCore.Components;

namespace CoSell.Portal.Hosting;

/// <summary>
/// The portal over any grain factory: its own process with a cluster client (<c>Program</c>), or a test's in-process
/// cluster. <c>AddCoSellPortal</c> registers services, <c>MapCoSellPortal</c> the pipeline and pages.
/// </summary>
public static class CoSellPortal
{
    public static WebApplicationBuilder AddCoSellPortal(this WebApplicationBuilder builder)
    {
        // Run from the build output (./run.sh, tests), the stylesheets and scripts of the portal and its component
        // library are found through the build's static web assets manifest, in every environment; a published portal
        // has them in its wwwroot and no such manifest, which makes this a no-op.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.TryAddSingleton(sp => new CoSellClient(sp.GetRequiredService<IGrainFactory>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddFluentUIComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<SignedInUser>();
        services.AddScoped<UserPreferences>();
        services.AddScoped<Live.LiveUpdates>();
        PortalDataProtection.Add(builder);
        PortalAuthentication.Add(builder);
        return builder;
    }

    public static WebApplication MapCoSellPortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        PortalAuthentication.MapSignOut(app);
        return app;
    }
}
