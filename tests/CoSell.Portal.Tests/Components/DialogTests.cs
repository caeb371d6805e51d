using Bunit;
using CoSell.Client;
using CoSell.Portal.Components.Dialogs;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;

namespace CoSell.Portal.Tests.Components;

/// <summary>
/// The dialogs (screens 4 and 5) over the real grains: each mistake is refused by the rule it breaks, the message is
/// shown at the field the refusal names (R41), the dialog stays open, and the referral is unchanged (same ETag).
/// </summary>
[Collection(ComponentCollection.Name)]
public sealed class DialogTests(ComponentCluster cluster)
{
    private CoSellClient Client => cluster.Cluster.Client;

    [Fact]
    public async Task Decline_without_a_reason_shows_the_rule_at_the_reason_R20()
    {
        var (receiver, received) = await ReceivedAsync();
        using var context = PortalComponents.For(cluster, receiver);
        var dialog = context.Render<DeclineDialog>(p => p.Add(d => d.Referral, received));
        await OpenAsync(dialog, d => d.OpenAsync());

        dialog.Press("Decline");

        dialog.WaitForAssertion(() => Assert.Contains("reason", dialog.Field("Reason").MessageOf(), StringComparison.OrdinalIgnoreCase));
        await AssertUnchangedAsync(receiver, received);
    }

    [Fact]
    public async Task Accept_with_a_negative_value_shows_the_rule_at_the_value_R19()
    {
        var (receiver, received) = await ReceivedAsync();
        using var context = PortalComponents.For(cluster, receiver);
        var dialog = context.Render<AcceptDialog>(p => p.Add(d => d.Referral, received));
        await OpenAsync(dialog, d => d.OpenAsync());

        dialog.Type("Deal value", "-3");
        dialog.Press("Accept");

        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.Field("Deal value").MessageOf()));
        Assert.Empty(dialog.Field("Deal name").MessageOf());
        await AssertUnchangedAsync(receiver, received);
    }

    [Fact]
    public async Task Close_as_lost_without_a_reason_shows_the_rule_at_the_reason_R25()
    {
        var (alice, deal) = await OutboundAsync();
        using var context = PortalComponents.For(cluster, alice);
        var dialog = context.Render<CloseDialog>(p => p.Add(d => d.Referral, deal));
        await OpenAsync(dialog, d => d.OpenAsync(CloseOutcome.Lost));

        dialog.Press("Close as lost");

        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.Field("Why was it lost?").MessageOf()));
        await AssertUnchangedAsync(alice, deal);
    }

    [Fact]
    public async Task Edit_with_a_blank_name_and_a_bad_team_e_mail_shows_each_at_its_field_R23_R12()
    {
        var (alice, deal) = await OutboundAsync();
        using var context = PortalComponents.For(cluster, alice);
        var dialog = context.Render<EditDealDialog>(p => p.Add(d => d.Referral, deal));
        await OpenAsync(dialog, d => d.OpenAsync());

        dialog.Type("Deal name", " ");
        dialog.Press("Save changes");
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.Field("Deal name").MessageOf()));

        dialog.Type("Deal name", "Renamed");
        dialog.Type("E-mail", "bo-at-fabrikam");
        dialog.Press("Save changes");
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.Field("E-mail").MessageOf()));
        Assert.Empty(dialog.Field("Deal name").MessageOf());
        await AssertUnchangedAsync(alice, deal);
    }

    [Fact]
    public async Task Asking_Microsoft_without_the_customer_contact_shows_the_rule_above_the_form_R10_R27()
    {
        var (alice, deal) = await OutboundAsync();
        using var context = PortalComponents.For(cluster, alice);
        var dialog = context.Render<InviteDialog>(p => p.Add(d => d.Referral, deal));
        await OpenAsync(dialog, d => d.OpenAsync(toMicrosoft: true));

        dialog.Press("Send invitation");

        dialog.WaitForAssertion(() => Assert.Contains("customerProfile.contact", dialog.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        await AssertUnchangedAsync(alice, deal);
    }

    /// <summary>Opens the dialog as its page does, and renders what opening it filled in.</summary>
    private static async Task OpenAsync<T>(IRenderedComponent<T> dialog, Func<T, Task> open) where T : Microsoft.AspNetCore.Components.IComponent
    {
        await dialog.InvokeAsync(() => open(dialog.Instance));
        dialog.Render();
    }

    private async Task<(Actor Receiver, Referral Received)> ReceivedAsync()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        await Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)));
        var receiver = Actors.AdminOf(scenario.PartnerB);
        var page = await Eventually.Until(() => Client.ListReferrals(receiver, new ReferralQuery { Direction = ReferralDirection.Incoming }), p => p.Items.Count == 1, "the inbound referral");
        return (receiver, await Client.GetReferral(receiver, page.Items[0].Id));
    }

    private async Task<(Actor Owner, Referral Deal)> OutboundAsync()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        return (alice, await Client.CreateReferral(alice, Requests.Private()));
    }

    private async Task AssertUnchangedAsync(Actor actor, Referral before) => Assert.Equal(before.ETag, (await Client.GetReferral(actor, before.Id)).ETag);
}
