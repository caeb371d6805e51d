namespace CoSell.Grains.Directory;

/// <summary>The ecosystem's partners and how each answers referrals (R1, R37).</summary>
[GenerateSerializer]
public sealed class PartnerDirectoryState
{
    [Id(0)] public Dictionary<string, PartnerProfile> Partners { get; set; } = [];
    [Id(1)] public Dictionary<string, ResponsivenessStats> Responsiveness { get; set; } = [];
}
