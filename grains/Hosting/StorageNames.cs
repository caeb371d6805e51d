namespace CoSell.Grains.Hosting;

/// <summary>Names of the grain storage providers the grains ask for; the silo decides what backs them.</summary>
public static class StorageNames
{
    /// <summary>Referrals, desks, engagements, outboxes and directories.</summary>
    public const string Default = "cosell";
}
