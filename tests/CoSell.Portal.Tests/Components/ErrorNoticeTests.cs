using Bunit;
using CoSell.Portal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace CoSell.Portal.Tests.Components;

/// <summary>What the system refused is shown with the field or rule it names (R41); anything else as a retryable outage.</summary>
public sealed class ErrorNoticeTests : IDisposable
{
    private readonly BunitContext _context = new();

    public ErrorNoticeTests()
    {
        _context.Services.AddFluentUIComponents();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_typed_error_names_its_target_R41()
    {
        var notice = _context.Render<ErrorNotice>(p => p
            .Add(n => n.Error, CoSellException.Validation("details.dealValue", "The deal value must be positive."))
            .Add(n => n.Title, "The deal was not saved."));

        Assert.Contains("The deal was not saved.", notice.Markup, StringComparison.Ordinal);
        Assert.Contains("The deal value must be positive. (details.dealValue)", notice.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outage_says_to_try_again_and_shows_no_internals()
    {
        var notice = _context.Render<ErrorNotice>(p => p.Add(n => n.Error, new TimeoutException("Response did not arrive on time in 00:00:03 for message Request S127.0.0.1")));

        Assert.Contains("did not answer; try again", notice.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("S127.0.0.1", notice.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_error_renders_nothing() => Assert.Empty(_context.Render<ErrorNotice>().Markup.Trim());

    public void Dispose() => _context.Dispose();
}
