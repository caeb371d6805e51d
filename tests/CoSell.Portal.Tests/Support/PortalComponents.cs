using Bunit;
using CoSell.Client;
using CoSell.Client.Identity;
using CoSell.Portal.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace CoSell.Portal.Tests.Support;

/// <summary>A bUnit context as the portal renders a component: Fluent UI, the client over the cluster, the clock, and <paramref name="actor"/> signed in.</summary>
public static class PortalComponents
{
    public static BunitContext For(ComponentCluster cluster, Actor actor)
    {
        var context = new BunitContext();
        context.Services.AddFluentUIComponents();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton(cluster.Cluster.Client);
        context.Services.AddSingleton<TimeProvider>(cluster.Cluster.Clock);
        context.Services.AddScoped<SignedInUser>();
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(actor.UserId);
        authorization.SetClaims([.. ActorClaims.Of(actor)]);
        return context;
    }

    /// <summary>The <c>fluent-field</c> labelled <paramref name="label"/>: its control and its message.</summary>
    public static AngleSharp.Dom.IElement Field<T>(this IRenderedComponent<T> component, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        component.FindAll("fluent-field").Single(f => f.Children.FirstOrDefault(c => c.LocalName == "label")?.TextContent.Trim() == label);

    /// <summary>The message a field shows (its error when refused), or "".</summary>
    public static string MessageOf(this AngleSharp.Dom.IElement field) =>
        field.Children.FirstOrDefault(c => c.GetAttribute("slot") == "message")?.TextContent.Trim() ?? "";

    /// <summary>Clicks the shown button whose whole text is <paramref name="text"/>.</summary>
    public static void Press<T>(this IRenderedComponent<T> component, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        component.FindAll("fluent-button").Single(b => b.TextContent.Trim() == text).Click();

    /// <summary>Types into the field labelled <paramref name="label"/> as the browser reports it (a change event).</summary>
    public static void Type<T>(this IRenderedComponent<T> component, string label, string value) where T : Microsoft.AspNetCore.Components.IComponent =>
        component.Field(label).QuerySelector("[slot=input]")!.Change(value);
}
