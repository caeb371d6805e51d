using CoSell.Grains.Domain;

namespace CoSell.Grains.Imports;

/// <summary>
/// Applies one import row as the importing actor, through the same grains a single call goes through (so every rule and
/// every authorization holds, R41): a new CRM id creates a referral with the CRM id as the create's idempotency key
/// (run again, it creates nothing new), a known one is updated where the row differs. In a dry run nothing is stored:
/// a create is checked by the desk's rules, an update reports the columns it would change.
/// </summary>
public sealed class ImportRowRunner(IGrainFactory grains, ImportJob job)
{
    private Actor Actor => job.Actor;

    public async Task<ImportRowResult> RunAsync(ImportRow row)
    {
        if (row.Problem is { } problem)
        {
            return new ImportRowResult(row.Row, row.CrmId, ImportAction.Error, Problem: problem);
        }

        var key = IdempotencyKey(row.CrmId!);
        var referralId = ReferralIds.ForIdempotencyKey(Actor.OrganizationId, Actor.SellerId ?? Actor.TenantId, key);
        try
        {
            return await ExistingAsync(referralId) is { } existing
                ? await UpdateAsync(row, existing)
                : await CreateAsync(row, referralId, key);
        }
        catch (CoSellException e)
        {
            return new ImportRowResult(row.Row, row.CrmId, ImportAction.Error, referralId,
                Problem: new ImportProblem(ImportColumns.Of(e.Target), e.Code.ToWireName(), e.Message));
        }
    }

    /// <summary>The create's idempotency key for a CRM id: the same for every import of the organization's tenant (or seller).</summary>
    public static string IdempotencyKey(string crmId) => $"crm:{crmId}";

    private async Task<ImportRowResult> CreateAsync(ImportRow row, string referralId, string key)
    {
        if (job.DryRun)
        {
            await Desk().CheckCreate(Actor, row.Request);
            return new ImportRowResult(row.Row, row.CrmId, ImportAction.Create, referralId);
        }

        var created = await Desk().CreateReferral(Actor, row.Request, key);
        // What the create cannot carry (the stage) is what the row still changes on the created referral.
        var (rest, columns) = ImportChanges.Of(created, row);
        if (columns.Count > 0 || rest.CrmStage is not null)
        {
            await Referral(created.Id).Update(Actor, rest with { IfMatch = created.ETag });
        }

        return new ImportRowResult(row.Row, row.CrmId, ImportAction.Create, created.Id);
    }

    private async Task<ImportRowResult> UpdateAsync(ImportRow row, Referral existing)
    {
        var (update, columns) = ImportChanges.Of(existing, row);
        if (columns.Count == 0 && update.CrmStage is null)
        {
            // A row this job already created before a crash took the outcome with it is still this job's create: it was
            // created after the job started (an earlier import's referrals were created before).
            var action = !job.DryRun && existing.CreatedDateTime > job.StartedAt ? ImportAction.Create : ImportAction.NoChange;
            return new ImportRowResult(row.Row, row.CrmId, action, existing.Id);
        }

        if (job.DryRun)
        {
            return existing.Substatus == Substatus.Accepted
                ? new ImportRowResult(row.Row, row.CrmId, ImportAction.Update, existing.Id, columns)
                : throw CoSellException.InvalidTransition("R23", $"Only an accepted referral can be edited; this one is {existing.Substatus}.");
        }

        var updated = await Referral(existing.Id).Update(Actor, update with { IfMatch = existing.ETag });
        return updated.ETag == existing.ETag
            ? new ImportRowResult(row.Row, row.CrmId, ImportAction.NoChange, existing.Id)
            : new ImportRowResult(row.Row, row.CrmId, ImportAction.Update, existing.Id, update.CrmStage is null ? columns : [.. columns, ImportColumns.CrmStage]);
    }

    private async Task<Referral?> ExistingAsync(string referralId)
    {
        try
        {
            return await Referral(referralId).Get(Actor);
        }
        catch (CoSellException e) when (e.Code == ErrorCode.NotFound)
        {
            return null;
        }
    }

    private IReferralGrain Referral(string referralId) => grains.GetGrain<IReferralGrain>(ReferralKeys.Of(Actor, referralId));

    private IReferralDesk Desk() => Actor.IsMicrosoft
        ? grains.GetGrain<ISellerGrain>(Actor.SellerId ?? Organizations.FallbackSellerQueue)
        : grains.GetGrain<IPartnerGrain>(Actor.OrganizationId);
}
