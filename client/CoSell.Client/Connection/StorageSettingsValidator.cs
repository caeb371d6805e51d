using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoSell.Client.Connection;

/// <summary>
/// Checks <c>CoSell:Storage</c> when a silo or a client host starts, so a wrong value stops it with the key named
/// instead of failing on first use: the provider is one of the two, Azure needs a connection string, and every table
/// name is one Azure Table storage accepts (3–63 letters and digits, a letter first).
/// </summary>
public sealed partial class StorageSettingsValidator : IValidateOptions<StorageSettings>
{
    public ValidateOptionsResult Validate(string? name, StorageSettings options)
    {
        var failures = new List<string>();
        if (!options.UsesMemory && !string.Equals(options.Provider, "AzureTable", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{StorageSettings.Section}:Provider is '{options.Provider}'; use AzureTable or Memory.");
        }

        if (!options.UsesMemory && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{StorageSettings.Section}:ConnectionString is empty; the AzureTable provider needs one.");
        }

        foreach (var (key, table) in new[]
        {
            ("GrainStateTable", options.GrainStateTable), ("RemindersTable", options.RemindersTable),
            ("DataTable", options.DataTable), ("DataProtectionTable", options.DataProtectionTable),
        })
        {
            if (!TableName().IsMatch(table ?? ""))
            {
                failures.Add($"{StorageSettings.Section}:{key} is '{table}'; a table name is 3 to 63 letters or digits, starting with a letter.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The settings bound from <paramref name="configuration"/>, or an exception naming every wrong key.</summary>
    public static StorageSettings Read(IConfiguration configuration) =>
        CheckedSettings.Read(configuration, StorageSettings.Section, new StorageSettingsValidator());

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
