namespace CoSell;

/// <summary>The ecosystem's partners, for partner search and invitee lookup (R1). Key: <see cref="DirectoryKeys.Default"/>.</summary>
public interface IPartnerDirectoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Public cards, ranked: better name matches first; among equal matches, faster responders first (R37). The text
    /// needs at least 3 characters, as Partner Center asks; pages of <paramref name="top"/>.
    /// </summary>
    [ReadOnly]
    Task<PartnerSearchPage> Search(string? text, int top, string? continuationToken = null);
}
