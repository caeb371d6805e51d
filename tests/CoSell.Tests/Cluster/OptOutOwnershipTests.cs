using CoSell.Grains.Notifications;
using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 10, point 6 (R34): only an address's owner opts it out or in — its own user, or a PartnerAdmin of the
/// organization it belongs to — and every mail carries a signed one-click unsubscribe link for exactly its recipient.
/// </summary>
public sealed class OptOutOwnershipTests
{
    private static readonly string AdminOfA = $"admin@{Actors.PartnerA}.example";

    private static Actor PartnerAdmin(string partner) => new(partner, Actors.PrimaryTenant(partner), "pat", [Role.PartnerAdmin]);

    [Fact]
    public async Task R34_another_organization_or_a_lesser_role_cannot_silence_an_address_and_nothing_changes()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var prefs = cluster.Grains.GetGrain<IRecipientFilter>(DirectoryKeys.Default);

        foreach (var intruder in new[] { PartnerAdmin(Actors.PartnerB), Actors.AdminOf(Actors.PartnerA), Actors.Operator, Actors.Seller(Actors.SellerUs) })
        {
            var error = await Assert.ThrowsAsync<CoSellException>(() => cluster.Client.OptOut(intruder, AdminOfA));
            Assert.Equal(ErrorCode.AccessDenied, error.Code);
            Assert.Equal("email", error.Target);
        }

        Assert.Equal([AdminOfA], await prefs.Filter([AdminOfA]));

        // The owners: a PartnerAdmin of A for its referral admin and for a team contact A named; the address's own user.
        await cluster.Client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.Private("names Bo"));
        await cluster.Client.OptOut(PartnerAdmin(Actors.PartnerA), AdminOfA.ToUpperInvariant());
        await cluster.Client.OptOut(PartnerAdmin(Actors.PartnerA), Requests.Bo.Email);
        Assert.Empty(await prefs.Filter([AdminOfA, Requests.Bo.Email]));

        var optIn = await Assert.ThrowsAsync<CoSellException>(() => cluster.Client.OptIn(PartnerAdmin(Actors.PartnerB), AdminOfA));
        Assert.Equal(ErrorCode.AccessDenied, optIn.Code);
        await cluster.Client.OptIn(new Actor(Actors.PartnerA, Actors.PrimaryTenant(Actors.PartnerA), AdminOfA, [Role.ReferralUser]), AdminOfA);
        Assert.Equal([AdminOfA], await prefs.Filter([AdminOfA]));
    }

    [Fact]
    public async Task R34_each_mail_carries_a_one_click_link_that_opts_out_exactly_its_recipient_without_a_login()
    {
        var port = LoopbackPort.Free();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(new Dictionary<string, string?>
        {
            ["CoSell:Email:Enabled"] = "true",
            ["CoSell:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CoSell:Email:LinkBaseUrl"] = "https://cosell.example",
        });

        await cluster.Client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Team = [Requests.Ann] }));
        var mails = await Eventually.Until(() => Task.FromResult(smtp.Received.ToList()), m => m.Count == 2, "one invitation mail per recipient");
        Assert.All(mails, m => Assert.Single(m.To.Mailboxes));
        Assert.All(mails, m => Assert.Equal("List-Unsubscribe=One-Click", m.Headers["List-Unsubscribe-Post"]));

        var toAnn = mails.Single(m => m.To.Mailboxes.Single().Address == Requests.Ann.Email);
        var link = (toAnn.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');
        Assert.StartsWith("https://cosell.example/v1/contacts/unsubscribe?token=", link);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

        Assert.Equal(Requests.Ann.Email, await cluster.Client.Unsubscribe(token));
        var prefs = cluster.Grains.GetGrain<IRecipientFilter>(DirectoryKeys.Default);
        var admin = $"admin@{Actors.PartnerB}.example";
        Assert.Equal([admin], await prefs.Filter([Requests.Ann.Email, admin]));

        var forged = await Assert.ThrowsAsync<CoSellException>(() => cluster.Client.Unsubscribe(token[..^4] + "AAAA"));
        Assert.Equal("token", forged.Target);
        Assert.Equal([admin], await prefs.Filter([admin]));
    }
}
