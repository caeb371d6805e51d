namespace CoSell.Grains.Desks;

/// <summary>One stored page of a desk's view index: at most <see cref="ReferralIndexPages.PageSize"/> summaries.</summary>
[GenerateSerializer]
public sealed class ReferralIndexPage
{
    [Id(0)] public Dictionary<string, ReferralSummary> Entries { get; set; } = [];
}
