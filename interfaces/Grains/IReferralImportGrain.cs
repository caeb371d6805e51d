namespace CoSell;

/// <summary>
/// One import of referrals from CSV rows (or its dry run), worked through in the background and kept with each row's
/// outcome. Key: <see cref="ReferralKeys.For"/> of the importing owner and the import's id, so only its own
/// organization (or seller) reaches it. A row's CRM id is its key: the run creates a referral for a new id (with the id
/// as the create's idempotency key, so a run repeated after a crash or on purpose creates nothing twice) and updates
/// a known one where the row differs (R23). Every row is checked by the same rules as a single create (R9–R17, R41).
/// </summary>
public interface IReferralImportGrain : IGrainWithStringKey
{
    /// <summary>Store the rows and start; answers at once with nothing processed yet. A second start is refused.</summary>
    Task<ReferralImport> Start(Actor actor, IReadOnlyList<ImportRow> rows, bool dryRun);

    /// <summary>The import as it stands: readable by the user who started it and the organization's PartnerAdmin.</summary>
    [AlwaysInterleave]
    Task<ReferralImport> Get(Actor actor);
}
