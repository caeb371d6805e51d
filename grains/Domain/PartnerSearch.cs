namespace CoSell.Grains.Domain;

/// <summary>
/// Partner search (R1, R37): only registered partners; better matches of the text first (exact id or name, then
/// name prefix, then a word of the name starting with it, then contained); among equally good matches, faster
/// responders first — by mean time to answer, then by share expired; a partner with no answers yet counts as
/// answering at the end of the window.
/// </summary>
public static class PartnerSearch
{
    private static readonly TimeSpan NoHistory = TimeSpan.FromDays(14);

    /// <summary>Fewest characters a search needs, as Partner Center asks: no listing the whole ecosystem.</summary>
    public const int MinimumText = 3;

    public const int MaxTop = 100;

    /// <summary>The trimmed search text, or a typed error naming <c>search</c>.</summary>
    public static string EnsureQuery(string? text)
    {
        var query = text?.Trim() ?? "";
        return query.Length >= MinimumText
            ? query
            : throw CoSellException.InvalidRequest("search", $"search needs at least {MinimumText} characters (R1).");
    }

    public static IReadOnlyList<PartnerProfile> Rank(IEnumerable<PartnerProfile> partners, IReadOnlyDictionary<string, ResponsivenessStats> responsiveness, string query)
    {
        query = query.Trim();
        return [.. partners
            .Select(p => (Partner: p, Score: Match(p, query)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => responsiveness.GetValueOrDefault(x.Partner.Id)?.AverageResponseTime ?? NoHistory)
            .ThenBy(x => ExpiredShare(responsiveness.GetValueOrDefault(x.Partner.Id)))
            .ThenBy(x => x.Partner.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Partner.Id, StringComparer.Ordinal)
            .Select(x => x.Partner)];
    }

    /// <summary>How well a partner matches: 0 not at all, 5 best.</summary>
    public static int Match(PartnerProfile partner, string query)
    {
        if (query.Length == 0)
        {
            return 1;
        }

        if (partner.Id == query || partner.Name.Equals(query, StringComparison.OrdinalIgnoreCase))
        {
            return 5;
        }

        if (partner.Name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 4;
        }

        if (partner.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(query, StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }

        return partner.Name.Contains(query, StringComparison.OrdinalIgnoreCase) ? 2 : 0;
    }

    private static double ExpiredShare(ResponsivenessStats? stats) => stats is null || stats.Received == 0 ? 0 : (double)stats.Expired / stats.Received;
}
