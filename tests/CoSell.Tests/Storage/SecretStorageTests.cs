using System.Text;
using Azure.Data.Tables;
using CoSell.Grains.Webhooks;
using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 10, point 10 (R36): a webhook secret is never stored in the clear. It is encrypted with Data Protection,
/// whose key ring lives in the storage account, so a restarted cluster (new processes, new memory) still signs with it.
/// </summary>
public sealed class SecretStorageTests
{
    private const string Secret = "a-secret-that-must-never-be-stored-in-clear";

    [Fact]
    public async Task R36_a_webhook_secret_is_stored_encrypted_and_still_signs_after_a_full_restart()
    {
        var settings = Azurite.FreshTables();
        var serviceId = $"cosell-secrets-{Guid.NewGuid():N}";
        var admin = Actors.AdminOf(Actors.PartnerA) with { Roles = [Role.PartnerAdmin] };
        await using var receiver = await WebhookReceiver.StartAsync();

        await using (var first = await CoSellCluster.StartAsync(settings, serviceId: serviceId))
        {
            await Ecosystem.Register(first.Client);
            var registered = await first.Client.RegisterWebhook(admin, new WebhookRequest(receiver.Url, ["referral-created"], Secret));
            Assert.Equal(Secret, registered.Secret);
            Assert.Null((await first.Client.ListWebhooks(admin)).Single().Secret);
        }

        var tables = new TableServiceClient(Azurite.ConnectionString);
        var stored = tables.GetTableClient(settings["CoSell:Storage:GrainStateTable"]).Query<TableEntity>().ToList();
        Assert.NotEmpty(stored);
        var needle = Encoding.UTF8.GetBytes(Secret);
        foreach (var row in stored)
        {
            foreach (var (_, value) in row)
            {
                var bytes = value switch { byte[] b => b, string s => Encoding.UTF8.GetBytes(s), _ => [] };
                Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"the secret is in the clear in row {row.PartitionKey}/{row.RowKey}");
            }
        }

        Assert.NotEmpty(tables.GetTableClient(settings["CoSell:Storage:DataProtectionTable"]).Query<TableEntity>().ToList());

        await using var second = await CoSellCluster.StartAsync(settings, serviceId: serviceId);
        await second.Client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.Private("signed after restart"));
        var request = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 1, "the delivery after the restart");
        Assert.True(WebhookSignature.Verify(request[0].Body, Secret, request[0].Signature), "the delivery is signed with the registered secret");
    }
}
