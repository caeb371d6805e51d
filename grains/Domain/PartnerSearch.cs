namespace CoSell.Grains.Domain;

/// <summary>
/// Partner search (R1, R37): only registered partners; better matches of the text first (exact id or name, then
/// name prefix, then a word of the name starting with it, then contained), a partner matching by one of its published
/// solutions as well as by its own name; among equally good matches, faster responders first — by mean time to answer,
/// then by share expired; a partner with no answers yet counts as answering at the end of the window.
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

    public static IReadOnlyList<PartnerProfile> Rank(IEnumerable<PartnerProfile> partners, IReadOnlyDictionary<string, ResponsivenessStats> responsiveness, string query,
        ILookup<string, Solution>? solutionsByPublisher = null)
    {
        query = query.Trim();
        return [.. partners
            .Select(p => (Partner: p, Score: Math.Max(Match(p, query), SolutionMatch(solutionsByPublisher?[p.Id] ?? [], query))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => responsiveness.GetValueOrDefault(x.Partner.Id)?.AverageResponseTime ?? NoHistory)
            .ThenBy(x => ExpiredShare(responsiveness.GetValueOrDefault(x.Partner.Id)))
            .ThenBy(x => x.Partner.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Partner.Id, StringComparer.Ordinal)
            .Select(x => x.Partner)];
    }

    /// <summary>How well a partner's own id or name matches: 0 not at all, 5 best.</summary>
    public static int Match(PartnerProfile partner, string query) => TextMatch(partner.Id, partner.Name, query);

    /// <summary>How well the best of a partner's published solutions matches, on the same scale.</summary>
    public static int SolutionMatch(IEnumerable<Solution> solutions, string query) =>
        solutions.Select(s => TextMatch(s.Id, s.Name, query)).DefaultIfEmpty(0).Max();

    private static int TextMatch(string id, string name, string query)
    {
        if (query.Length == 0)
        {
            return 1;
        }

        if (id == query || name.Equals(query, StringComparison.OrdinalIgnoreCase))
        {
            return 5;
        }

        if (name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 4;
        }

        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(query, StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }

        return name.Contains(query, StringComparison.OrdinalIgnoreCase) ? 2 : 0;
    }

    private static double ExpiredShare(ResponsivenessStats? stats) => stats is null || stats.Received == 0 ? 0 : (double)stats.Expired / stats.Received;
}
