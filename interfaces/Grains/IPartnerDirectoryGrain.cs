namespace CoSell;

/// <summary>The ecosystem's partners, for partner search and invitee lookup (R1). Key: <see cref="DirectoryKeys.Default"/>.</summary>
public interface IPartnerDirectoryGrain : IGrainWithStringKey
{
    Task Upsert(PartnerProfile profile);

    [ReadOnly]
    Task<IReadOnlyList<PartnerProfile>> Get(IReadOnlyList<string> partnerIds);

    /// <summary>Ranked: better name matches first; among equal matches, faster responders first (R37).</summary>
    [ReadOnly]
    Task<IReadOnlyList<PartnerProfile>> Search(string? text, int top);

    Task ReportResponsiveness(string partnerId, ResponsivenessStats stats);
}
