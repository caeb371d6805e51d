using CoSell.Grains.Hosting;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Imports;

/// <summary>
/// One import (<see cref="IReferralImportGrain"/>). The start stores every row in one batch and answers; the rows are then
/// worked through a page at a time (<see cref="ImportRowRunner"/>), each page's outcomes and the progress written
/// together. A reminder keeps the work alive until the last page: after a crash the next tick (or a poll) resumes at
/// the first page without outcomes, and a row applied before the crash is not applied twice (its CRM id is the key).
/// Polls interleave and read storage.
/// </summary>
public sealed partial class ReferralImportGrain(IPartitionStore partitions, TimeProvider clock, ILogger<ReferralImportGrain> logger)
    : Grain, IReferralImportGrain, IRemindable
{
    private ReferralOwner _key = null!;
    private string _partition = "";
    private DrainReminder _reminder = null!;
    private IGrainTimer? _run;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = ReferralKeys.Parse(this.GetPrimaryKeyString());
        _partition = PartitionKeys.Owner(_key.OrganizationId, _key.SellerId);
        _reminder = new DrainReminder(this, "import", TimeSpan.FromMinutes(1));
        return Task.CompletedTask;
    }

    public async Task<ReferralImport> Start(Actor actor, IReadOnlyList<ImportRow> rows, bool dryRun)
    {
        EnsureOwner(actor);
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Importing referrals needs the PartnerAdmin, ReferralAdmin or MicrosoftSeller role (R3).");
        }

        if (rows is null || rows.Count is 0 or > ReferralImport.MaxRows)
        {
            throw CoSellException.InvalidRequest("body", $"An import holds 1 to {ReferralImport.MaxRows} rows.");
        }

        var pages = rows.Chunk(ImportPage.Size).Select(chunk => new ImportPage(chunk)).ToList();
        var job = new ImportJob { Id = _key.ReferralId, Actor = actor, DryRun = dryRun, Total = rows.Count, Pages = pages.Count, NextPage = 0, StartedAt = clock.GetUtcNow() };
        var writes = pages.Select((page, i) => RowWrite.Insert(ImportRows.PageKey(job.Id, i), ImportRows.Page(page))).Prepend(RowWrite.Insert(ImportRows.RecordKey(job.Id), ImportRows.Record(job)));
        try
        {
            await partitions.SubmitAsync(_partition, [.. writes]);
        }
        catch (PartitionWriteConflict)
        {
            throw CoSellException.Conflict("importId", $"Import '{job.Id}' was already started; start another with a new id.");
        }

        await _reminder.EnsureAsync();
        Resume();
        return job.ToImport([]);
    }

    public async Task<ReferralImport> Get(Actor actor)
    {
        EnsureOwner(actor);
        var (job, _) = await ReadJobAsync() ?? throw NotFound();
        if (actor.UserId != job.Actor.UserId && !actor.Has(Role.PartnerAdmin))
        {
            throw CoSellException.AccessDenied("role", "An import is read by the user who started it or a PartnerAdmin (R3).");
        }

        if (!job.IsComplete)
        {
            // A poll finds work a crash left: carry on with it (a no-op while it runs here).
            Resume();
        }

        var (from, to) = ImportRows.Pages(job.Id);
        var page = await partitions.QueryAsync(_partition, from, to, job.Pages);
        return job.ToImport([.. page.Rows.Select(ImportRows.ReadPage).SelectMany(p => p.Results ?? [])]);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Resume();
        return Task.CompletedTask;
    }

    /// <summary>Work through the pages left, off the caller's turn (interleaving: polls answer meanwhile); once at a time.</summary>
    private void Resume()
    {
        _run ??= this.RegisterGrainTimer(RunAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await ReadJobAsync() is not var (job, etag))
            {
                await _reminder.RemoveAsync();
                return;
            }

            var runner = new ImportRowRunner(GrainFactory, job);
            while (!job.IsComplete && !cancellationToken.IsCancellationRequested)
            {
                this.DelayDeactivation(TimeSpan.FromMinutes(5));
                var stored = await partitions.ReadAsync(_partition, ImportRows.PageKey(job.Id, job.NextPage), cancellationToken)
                    ?? throw new InvalidOperationException($"Import '{job.Id}' has no page {job.NextPage}.");
                var page = ImportRows.ReadPage(stored);
                var results = new List<ImportRowResult>(page.Rows.Count);
                foreach (var row in page.Rows)
                {
                    results.Add(await runner.RunAsync(row));
                }

                var next = job.After(results, clock.GetUtcNow());
                var etags = await partitions.SubmitAsync(_partition,
                [
                    RowWrite.Replace(ImportRows.RecordKey(job.Id), ImportRows.Record(next), etag),
                    RowWrite.Replace(stored.RowKey, ImportRows.Page(page with { Results = results }), stored.ETag),
                ], cancellationToken);
                (job, etag) = (next, etags[0]!);
            }

            if (job.IsComplete)
            {
                await _reminder.RemoveAsync();
                LogCompleted(job.Id, job.Total, job.Created, job.Updated, job.Unchanged, job.Failed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reminder's next tick (or a poll) carries on from the first page without outcomes.
            LogInterrupted(e, _key.ReferralId);
        }
        finally
        {
            _run?.Dispose();
            _run = null;
        }
    }

    private async Task<(ImportJob Job, string ETag)?> ReadJobAsync() =>
        await partitions.ReadAsync(_partition, ImportRows.RecordKey(_key.ReferralId)) is { } row ? (ImportRows.ReadRecord(row), row.ETag) : null;

    private void EnsureOwner(Actor actor)
    {
        if (actor is null || ReferralKeys.OwnerOf(actor) != ReferralKeys.Owner(_key.OrganizationId, _key.SellerId))
        {
            throw NotFound();
        }
    }

    private CoSellException NotFound() => CoSellException.NotFound("importId", $"Import '{_key.ReferralId}' was not found.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} completed: {Total} rows, {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed")]
    private partial void LogCompleted(string importId, int total, int created, int updated, int unchanged, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} stopped; it resumes at its next reminder tick or poll")]
    private partial void LogInterrupted(Exception exception, string importId);
}
