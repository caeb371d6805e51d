using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Support;

/// <summary>Moving through a page as a keyboard user does: Tab until the control wanted has focus, then act on it.</summary>
public static class Keyboard
{
    /// <summary>The focused control's name: its aria-label, else its text (a Fluent host element, not its shadow parts).</summary>
    private const string FocusedName = "() => { const e = document.activeElement; return e ? (e.getAttribute('aria-label') || e.textContent || '').trim() : ''; }";

    /// <summary>Presses Tab until the control named <paramref name="name"/> has focus; fails after <paramref name="most"/> presses.</summary>
    public static async Task TabToAsync(this IPage page, string name, int most = 80)
    {
        var seen = new List<string>();
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(FocusedName);
            if (string.Equals(focused, name, StringComparison.Ordinal))
            {
                return;
            }

            seen.Add(focused);
        }

        Assert.Fail($"'{name}' was not reached in {most} Tab presses; focus went through: {string.Join(" | ", seen.Distinct())}");
    }

    public static Task<string> FocusedAsync(this IPage page) => page.EvaluateAsync<string>(FocusedName);
}
