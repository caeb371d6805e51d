using Azure.Data.Tables;

namespace CoSell.Client.Connection;

/// <summary>
/// Where grain state and reminders live, from the <c>CoSell:Storage</c> section.
/// <c>Provider</c>: <c>AzureTable</c> (default; Azurite on loopback in the embedded default) or <c>Memory</c>
/// (nothing survives a restart: for tests and throwaway runs only).
/// </summary>
public sealed class StorageSettings
{
    public const string Section = "CoSell:Storage";

    /// <summary>Azurite's well-known development account on its default table port.</summary>
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    public string Provider { get; set; } = "AzureTable";

    public string ConnectionString { get; set; } = DevelopmentConnectionString;

    /// <summary>Table holding grain state.</summary>
    public string GrainStateTable { get; set; } = "CoSellGrainState";

    /// <summary>Table holding reminders (the response windows).</summary>
    public string RemindersTable { get; set; } = "CoSellReminders";

    /// <summary>Table holding the owners' partitions (referrals, views, queues; one batch per change).</summary>
    public string DataTable { get; set; } = "CoSellData";

    /// <summary>Table holding the Data Protection key ring (webhook secrets at rest, unsubscribe links).</summary>
    public string DataProtectionTable { get; set; } = "CoSellDataProtection";

    public bool UsesMemory => string.Equals(Provider, "Memory", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configuration key of a property (<c>nameof</c>), so that no caller spells a key of this section.</summary>
    public static string Key(string property) => $"{Section}:{property}";

    /// <summary>The one place a connection string becomes a table service client (the silo's providers, clients' membership).</summary>
    public TableServiceClient CreateTableServiceClient() => new(ConnectionString);
}
