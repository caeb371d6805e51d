using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Support;

/// <summary>
/// Finding Fluent UI web components the way a person does, by their visible label or text. Playwright computes roles
/// and names from DOM attributes, not from the roles the components give themselves (ElementInternals), so a
/// <c>fluent-button</c> or <c>fluent-text-input</c> is found by its text or its field's label, and typed into through
/// the input inside it (Playwright's CSS reaches into open shadow roots).
/// </summary>
public static partial class FluentLocators
{
    /// <summary>A shown button (Fluent or plain) whose whole text is <paramref name="text"/> (closed dialogs keep theirs in the page).</summary>
    public static ILocator Button(this ILocator scope, string text) =>
        scope.Locator("fluent-button, button").Filter(new() { HasTextRegex = Whole(text), Visible = true });

    public static ILocator Button(this IPage page, string text) => page.Locator("body").Button(text);

    /// <summary>
    /// The input of the field labelled <paramref name="label"/> (text, number, date or text area), once it answers
    /// typing: a field inside a part still marked <c>data-ready=false</c> (a dialog opening, a team member just added)
    /// is not found until the mark turns, since a value typed before that can be reset.
    /// </summary>
    public static ILocator Field(this ILocator scope, string label) =>
        scope.Locator($"fluent-field:not([data-ready=false] *):has(> label:text-is(\"{label}\"))").Locator("input, textarea").First;

    /// <summary>The field labelled <paramref name="label"/> as a whole: its control and its message.</summary>
    public static ILocator FieldBox(this ILocator scope, string label) =>
        scope.Locator($"fluent-field:has(> label:text-is(\"{label}\"))");

    /// <summary>The check box whose label contains <paramref name="text"/>.</summary>
    public static ILocator Checkbox(this ILocator scope, string text) =>
        scope.Locator($"fluent-field:has(> label:has-text(\"{text}\")) fluent-checkbox").First;

    /// <summary>Opens the drop-down labelled <paramref name="label"/> and picks <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(this ILocator scope, string label, string option)
    {
        var field = scope.FieldBox(label);
        await field.Locator("fluent-dropdown").ClickAsync();
        await field.Locator("fluent-option").Filter(new() { HasTextRegex = Whole(option) }).ClickAsync();
    }

    /// <summary>
    /// The open dialog titled with <paramref name="title"/>, once its opening rendered for the last time (the dialogs
    /// mark it, <c>data-ready</c>): a value typed before that render could be overwritten by it.
    /// </summary>
    public static ILocator DialogTitled(this IPage page, string title) =>
        page.Locator("fluent-dialog:has([data-ready=true])").Filter(new() { HasText = title });

    /// <summary>
    /// The section headed <paramref name="heading"/> in a tab's panel, once the panel's inputs answer typing (the
    /// panel marks it, <c>data-ready</c>): a value typed into a panel that just appeared can be reset.
    /// </summary>
    public static ILocator TabSection(this IPage page, string heading) =>
        page.Locator(".settled[data-ready=true] section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    /// <summary>Waits until the page answers events: what is typed into a prerendered page before that is lost.</summary>
    public static Task WaitInteractiveAsync(this IPage page) => Assertions.Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

    /// <summary>Waits until the page watches live changes (it reads again once it does, so later changes show).</summary>
    public static Task WaitLiveAsync(this IPage page) => Assertions.Expect(page.Locator("[data-live=on]").First).ToBeAttachedAsync();

    private static Regex Whole(string text) => new($"^\\s*{Regex.Escape(text)}\\s*$");
}
