namespace CoSell.Grains.Domain;

/// <summary>
/// The optional members a merge patch may remove (RFC 7396 <c>null</c>, R23): <c>details.notes</c>,
/// <c>details.crmId</c>, <c>details.campaignId</c> and <c>customerProfile.contact</c>. Anything else is refused
/// naming it, before the referral changes.
/// </summary>
public static class MergeRemovals
{
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "details.notes", "details.crmId", "details.campaignId", "customerProfile.contact",
    };

    public static IReadOnlySet<string> Check(IReadOnlyList<string>? remove)
    {
        var set = new HashSet<string>(remove ?? [], StringComparer.Ordinal);
        foreach (var path in set)
        {
            if (!Allowed.Contains(path))
            {
                throw CoSellException.Validation(path ?? "remove", $"{path} cannot be removed; only {string.Join(", ", Allowed)} are optional.");
            }
        }

        return set;
    }

    public static DealDetails Apply(DealDetails details, IReadOnlySet<string> remove) => details with
    {
        Notes = remove.Contains("details.notes") ? null : details.Notes,
        CrmId = remove.Contains("details.crmId") ? null : details.CrmId,
        CampaignId = remove.Contains("details.campaignId") ? null : details.CampaignId,
    };
}
