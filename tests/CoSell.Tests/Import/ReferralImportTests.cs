using System.Text;
using CoSell.Client.Import;
using CoSell.Testing;

namespace CoSell.Tests.Import;

/// <summary>
/// Issue 15, point 2 (import) through the client, on a cluster: a dry run previews every row, naming each bad one's
/// row and column (R41) and storing nothing; the run creates the good rows (R9–R15 checked as for one create); run
/// again it creates nothing new (the CRM id is the key); a changed row updates its referral (R23). Its own cluster.
/// </summary>
public sealed class ReferralImportTests : IAsyncLifetime
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private CoSellCluster _cluster = null!;

    private CoSell.Client.CoSellClient Client => _cluster.Client;

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task A_thousand_rows_with_ten_bad_preview_the_ten_create_990_and_run_again_create_nothing_R9_R11_R12_R13_R41()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var (csv, bad) = ThousandRows();
        var rows = ReferralImportCsv.Read(new StringReader(csv));

        var preview = await RunAsync(alice, rows, dryRun: true);
        Assert.Equal((1000, 990, 0, 10), (preview.Processed, preview.Created, preview.Updated, preview.Failed));
        Assert.Equal(bad, preview.Rows.Where(r => r.Action == ImportAction.Error).Select(r => (r.Row, r.Problem!.Column)));
        Assert.Empty((await Client.GetInsights(alice)).Pipeline);

        var run = await RunAsync(alice, rows, dryRun: false);
        Assert.Equal((1000, 990, 0, 0, 10), (run.Processed, run.Created, run.Updated, run.Unchanged, run.Failed));
        Assert.Equal(bad, run.Rows.Where(r => r.Action == ImportAction.Error).Select(r => (r.Row, r.Problem!.Column)));
        Assert.Equal([new PipelineFigure(SalesStage.Created, "USD", 990, 990 * 1_000m)], (await Client.GetInsights(alice)).Pipeline);
        var first = await Client.GetReferral(alice, run.Rows[0].ReferralId!);
        Assert.Equal(("Import deal 1", "OPP-1"), (first.Name, first.Details.CrmId));

        var again = await RunAsync(alice, rows, dryRun: false);
        Assert.Equal((0, 0, 990, 10), (again.Created, again.Updated, again.Unchanged, again.Failed));
        Assert.Equal([new PipelineFigure(SalesStage.Created, "USD", 990, 990 * 1_000m)], (await Client.GetInsights(alice)).Pipeline);
    }

    [Fact]
    public async Task A_known_crm_id_updates_what_its_row_changes_and_moves_its_stage_R23_R24()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        const string Header = "crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone,salesStage\n";
        var created = await RunAsync(alice, Read(Header + "OPP-9,Nine,c-100,1000,USD,2027-06-30,sol-a,Bo,Ng,bo@fabrikam.example,+12065550101,\n"), dryRun: false);
        var id = Assert.Single(created.Rows).ReferralId!;

        var changed = Read(Header + "OPP-9,Nine,c-100,2500,USD,2027-06-30,sol-a,Ann,Lee,ann@contoso.example,+14255550100,Qualified\n");
        var preview = Assert.Single((await RunAsync(alice, changed, dryRun: true)).Rows);
        Assert.Equal(ImportAction.Update, preview.Action);
        Assert.Equal(["dealValue", "teamEmail", "salesStage"], preview.Changes!);
        Assert.Equal(1000m, (await Client.GetReferral(alice, id)).Details.DealValue);

        var updated = Assert.Single((await RunAsync(alice, changed, dryRun: false)).Rows);
        Assert.Equal((ImportAction.Update, id), (updated.Action, updated.ReferralId));
        var referral = await Client.GetReferral(alice, id);
        Assert.Equal((2500m, SalesStage.Qualified), (referral.Details.DealValue, referral.SalesStage));
        Assert.Equal(["bo@fabrikam.example", "ann@contoso.example"], referral.Team.Select(m => m.Email));

        // Another customer under the same CRM id is refused at its column; the referral stays as it is (R9, R41).
        var moved = Assert.Single((await RunAsync(alice, Read(Header + "OPP-9,Nine,c-200,2500,USD,2027-06-30,sol-a,,,,,\n"), dryRun: false)).Rows);
        Assert.Equal((ImportAction.Error, "customerId"), (moved.Action, moved.Problem!.Column));
        Assert.Equal(referral.ETag, (await Client.GetReferral(alice, id)).ETag);
    }

    [Fact]
    public async Task An_import_is_its_organizations_and_its_users_R2_R3()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var rows = Read("crmId,name\nOPP-1,One\n");
        var carol = Actors.AdminOf(scenario.PartnerA, user: "carol");
        var import = await Client.StartImport(carol, rows, dryRun: true);

        // Another organization does not find it; another user of the organization may not read it; its PartnerAdmin may.
        Assert.Equal(("importId", ErrorCode.NotFound), await Refusal(() => Client.GetImport(Actors.AdminOf(scenario.PartnerB, user: "carol"), import.Id)));
        Assert.Equal(("role", ErrorCode.AccessDenied), await Refusal(() => Client.GetImport(Actors.AdminOf(scenario.PartnerA, user: "dave"), import.Id)));
        var admin = new Actor(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "pat", [Role.PartnerAdmin]);
        Assert.Equal(import.Id, (await Client.GetImport(admin, import.Id)).Id);

        // A reader may not import (R3); an import id is used once.
        Assert.Equal(("role", ErrorCode.AccessDenied), await Refusal(() => Client.StartImport(Actors.ReaderOf(scenario.PartnerA), rows, dryRun: true)));
        Assert.Equal(("importId", ErrorCode.Conflict), await Refusal(() => Client.StartImport(carol, rows, dryRun: true, import.Id)));
    }

    private async Task<ReferralImport> RunAsync(Actor actor, IReadOnlyList<ImportRow> rows, bool dryRun)
    {
        var started = await Client.StartImport(actor, rows, dryRun);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await Client.WaitAsync(actor, started.Id, Poll, cancellationToken: timeout.Token);
    }

    private static async Task<(string Target, ErrorCode Code)> Refusal(Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<CoSellException>(call);
        return (refused.Target, refused.Code);
    }

    private static IReadOnlyList<ImportRow> Read(string csv) => ReferralImportCsv.Read(new StringReader(csv));

    /// <summary>A thousand private deals of 1,000 USD, ten of them wrong in one column each.</summary>
    private static (string Csv, (int Row, string Column)[] Bad) ThousandRows()
    {
        var csv = new StringBuilder("crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone\n");
        var bad = new Dictionary<int, (string Column, Func<string[], string[]> Spoil)>
        {
            [100] = ("dealValue", f => Set(f, 3, "lots")),
            [200] = ("closingDate", f => Set(f, 5, "2027-13-01")),
            [300] = ("crmId", f => Set(f, 0, "")),
            [400] = ("customerId", f => Set(f, 2, "c-nope")),
            [500] = ("currency", f => Set(f, 4, "XYZ")),
            [600] = ("closingDate", f => Set(f, 5, "2020-01-01")),
            [700] = ("teamEmail", f => [.. f[..7], "", "", "", ""]),
            [800] = ("solutions", f => Set(f, 6, "sol-nope")),
            [900] = ("name", f => Set(f, 1, "")),
            [1000] = ("crmId", f => Set(f, 0, "OPP-1")),
        };
        for (var row = 1; row <= 1000; row++)
        {
            string[] fields = [$"OPP-{row}", $"Import deal {row}", "c-100", "1000", "USD", "2027-06-30", "sol-a", "Bo", "Ng", "bo@fabrikam.example", "+12065550101"];
            csv.AppendJoin(',', bad.TryGetValue(row, out var spoil) ? spoil.Spoil(fields) : fields).Append('\n');
        }

        return (csv.ToString(), [.. bad.Select(b => (b.Key, b.Value.Column))]);
    }

    private static string[] Set(string[] fields, int index, string value)
    {
        var copy = fields.ToArray();
        copy[index] = value;
        return copy;
    }
}
