using CoSell.Grains.Storage;

namespace CoSell.Grains.Engagements;

/// <summary>
/// One engagement (R28), keyed like the referral that started it: every referral of an invitation chain reports its
/// status here, and its parties write their shared notes here (<see cref="EngagementNoteRows"/>). Its row is also written by the create that starts it, so a write that finds the row changed
/// reads it again and applies the reports to what is stored.
/// </summary>
public sealed class EngagementGrain(IPartitionStore partitions) : Grain, IEngagementGrain
{
    private EngagementNoteRows _notes = null!;

    /// <summary>Concurrent writers are the starting create and this grain (twice during a failover): a few retries settle it.</summary>
    private const int MaxAttempts = 5;

    private EngagementRow _row = null!;

    private string Id => ReferralKeys.Parse(this.GetPrimaryKeyString()).ReferralId;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new EngagementRow(partitions, ReferralKeys.Parse(this.GetPrimaryKeyString()));
        _notes = new EngagementNoteRows(GrainFactory, partitions, ReferralKeys.Parse(this.GetPrimaryKeyString()));
        await _row.LoadAsync();
    }

    public Task<EngagementView> Report(EngagementEntry entry) => Apply([entry]);

    public Task<EngagementView> ReportAll(IReadOnlyList<EngagementEntry> entries) => Apply(entries);

    public async Task<EngagementView> Get()
    {
        if (_row.State.Entries.Count == 0)
        {
            // Nothing yet: the starting create may have written the row since this activation read it.
            await _row.LoadAsync();
        }

        return _row.State.View(Id);
    }

    public async Task<EngagementNote> AddNote(EngagementNote note, string referralName)
    {
        await _notes.AppendAsync(note, referralName, await Get());
        return note;
    }

    public Task<IReadOnlyList<EngagementNote>> Notes(string organizationId) => _notes.ReadAsync(organizationId);

    public async Task FinishNotes() => await _notes.FinishAsync(await Get());

    private async Task<EngagementView> Apply(IReadOnlyList<EngagementEntry> entries)
    {
        for (var attempt = 1; ; attempt++)
        {
            var changed = false;
            foreach (var entry in entries)
            {
                changed |= _row.State.Report(entry);
            }

            if (!changed)
            {
                return _row.State.View(Id);
            }

            try
            {
                await _row.WriteAsync();
                return _row.State.View(Id);
            }
            catch (PartitionWriteConflict) when (attempt < MaxAttempts)
            {
                await _row.LoadAsync();
            }
            catch
            {
                // Not stored: read again on the next call rather than trust what this activation holds.
                DeactivateOnIdle();
                throw;
            }
        }
    }
}
