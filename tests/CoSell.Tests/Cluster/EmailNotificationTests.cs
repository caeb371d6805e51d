using System.Collections.Concurrent;
using CoSell.Testing;
using MimeKit;

namespace CoSell.Tests.Cluster;

/// <summary>R34 e-mail through real SMTP from the durable outbox (issue 4, acceptance 2).</summary>
public sealed class EmailNotificationTests
{
    private static Actor A => Actors.AdminOf(Actors.PartnerA);

    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    private static Dictionary<string, string?> Email(int port) => new()
    {
        ["CoSell:Email:Enabled"] = "true",
        ["CoSell:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CoSell:Email:LinkBaseUrl"] = "https://cosell.example",
        ["CoSell:Email:RetryDelay"] = "00:00:30",
    };

    private static IEnumerable<MimeMessage> To(ConcurrentQueue<MimeMessage> received, string address) =>
        received.Where(m => m.To.Mailboxes.Any(x => x.Address == address));

    [Fact]
    public async Task R34_invitation_decline_and_expiry_mail_the_right_people_with_the_referral_name_and_a_link()
    {
        var port = LoopbackPort.Free();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Email(port));

        var declined = await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Team = [Requests.Ann] }) with { Name = "Deal to decline" });
        var invitation = await Eventually.Until(() => Task.FromResult(To(smtp.Received, $"admin@{Actors.PartnerB}.example").ToList()), m => m.Count == 1, "the invitation mail");
        Assert.Contains("Deal to decline", invitation[0].Subject);
        // One message per recipient, each with its own unsubscribe link: the team contact gets its own.
        await Eventually.Until(() => Task.FromResult(To(smtp.Received, Requests.Ann.Email).ToList()), m => m.Count == 1, "the team contact's invitation mail");
        Assert.Contains($"https://cosell.example/v1/referrals/{declined.Id}-{Actors.PartnerB}", invitation[0].TextBody);

        await cluster.Client.Decline(B, $"{declined.Id}-{Actors.PartnerB}", new DeclineReferralRequest(DeclineReason.NotMyExpertise));
        var declineMail = await Eventually.Until(() => Task.FromResult(smtp.Received.Where(m => (m.Subject ?? "").Contains("declined")).ToList()), m => m.Count == 1, "the decline mail");
        Assert.Equal([Requests.Ann.Email], declineMail[0].To.Mailboxes.Select(m => m.Address));
        Assert.Contains("Deal to decline", declineMail[0].Subject);
        Assert.Contains($"https://cosell.example/v1/referrals/{declined.Id}\n", (declineMail[0].TextBody ?? "").ReplaceLineEndings("\n"));

        var toExpire = await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerC)) with { Name = "Deal to expire" });
        cluster.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var expiry = await Eventually.Ticking(cluster.Clock, () => Task.FromResult(smtp.Received.Where(m => (m.Subject ?? "").Contains("expired")).ToList()), m => m.Count == 1, "the expiry mail");
        Assert.Equal([Requests.Bo.Email], expiry[0].To.Mailboxes.Select(m => m.Address));
        Assert.Contains("Deal to expire", expiry[0].Subject);
        Assert.Contains($"https://cosell.example/v1/referrals/{toExpire.Id}\n", (expiry[0].TextBody ?? "").ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task R34_with_the_mail_server_down_the_workflow_completes_and_every_mail_arrives_exactly_once_when_it_returns()
    {
        var port = LoopbackPort.Free();
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Email(port));

        // No SMTP server: the referral workflow is not blocked and fails nothing.
        var created = await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var accepted = await cluster.Client.Accept(B, $"{created.Id}-{Actors.PartnerB}");
        Assert.Equal(Substatus.Accepted, accepted.Substatus);
        var pending = await Eventually.Until(() => cluster.Client.GetNotificationDeliveries(Actors.AdminOf(Actors.PartnerB)), d => d.Count == 1 && d[0].Attempts >= 1, "a failed first attempt");
        Assert.Null(pending[0].SentAt);
        Assert.NotNull(pending[0].LastError);

        var received = new ConcurrentQueue<MimeMessage>();
        await using (await TestSmtpServer.StartAsync(port, received))
        {
            for (var i = 0; i < 8 && received.Count < 2; i++)
            {
                cluster.Clock.Advance(TimeSpan.FromMinutes(5));
                await Task.Delay(100);
            }

            await Eventually.Until(() => Task.FromResult(received.Count), c => c >= 2, "both mails after the server returned");

            // More time and more ticks deliver nothing twice: after an hour of ticks, a marker mail arrives next
            // (one outbox sends in order), so a repeat of the earlier two would have arrived before it.
            cluster.Clock.Advance(TimeSpan.FromHours(1));
            await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "Marker deal" });
            // Ticks keep coming while it waits (a busy machine may process the hour's tick after the marker is queued,
            // with the outbox still backing off): more ticks can only deliver more repeats, never fewer.
            await Eventually.Until(() =>
            {
                cluster.Clock.Advance(TimeSpan.FromMinutes(5));
                return Task.FromResult(received.Count(m => (m.Subject ?? "").Contains("Marker deal")));
            }, c => c >= 1, "the marker mail");
            var ids = received.Where(m => !(m.Subject ?? "").Contains("Marker deal")).Select(m => m.Headers["X-CoSell-Notification"]).ToList();
            Assert.Equal(2, ids.Count);
            Assert.Equal(2, ids.Distinct().Count());
            Assert.Contains(received, m => (m.Subject ?? "").StartsWith("[CoSell] New referral", StringComparison.Ordinal));
            Assert.Contains(received, m => (m.Subject ?? "").StartsWith("[CoSell] Referral accepted", StringComparison.Ordinal));

            // A mail is recorded as sent just after the server took it: wait for the record, bounded.
            await Eventually.Until(() => cluster.Client.GetNotificationDeliveries(Actors.AdminOf(Actors.PartnerB)), d => d.All(x => x.SentAt is not null), "B's mails recorded as sent");
            await Eventually.Until(() => cluster.Client.GetNotificationDeliveries(Actors.AdminOf(Actors.PartnerA)), d => d.All(x => x.SentAt is not null), "A's mails recorded as sent");
        }
    }

    [Fact]
    public async Task R34_an_opted_out_contact_gets_no_mail_while_the_others_do()
    {
        var port = LoopbackPort.Free();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Email(port));
        // Ann opts herself out (her own user; the address is hers whatever its case).
        await cluster.Client.OptOut(new Actor(Actors.PartnerB, Actors.PrimaryTenant(Actors.PartnerB), Requests.Ann.Email, [Role.ReferralUser]), Requests.Ann.Email.ToUpperInvariant());

        await cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Team = [Requests.Ann] }));
        var mail = await Eventually.Until(() => Task.FromResult(smtp.Received.ToList()), m => m.Count == 1, "the invitation mail");
        Assert.Equal([$"admin@{Actors.PartnerB}.example"], mail[0].To.Mailboxes.Select(m => m.Address));
    }
}
