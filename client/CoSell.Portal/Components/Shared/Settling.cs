using Microsoft.JSInterop;

namespace CoSell.Portal.Components.Shared;

/// <summary>
/// Waits until the inputs of a render just shown answer typing. A Fluent input wires itself up after its first render
/// with a chain of browser calls (the value observer, then its immediate events); a value typed before that is reset
/// or never sent. Each browser call here is sent after the inputs' call of the same step, so when the last returns the
/// inputs' chains have run.
/// </summary>
public static class Settling
{
    private const int InputSetUpSteps = 3;

    public static async Task SettleAsync(IJSRuntime js)
    {
        // After every component of this render has started its own first after-render work.
        await Task.Yield();
        for (var step = 0; step < InputSetUpSteps; step++)
        {
            await js.InvokeVoidAsync("cosellSettle");
        }
    }
}
