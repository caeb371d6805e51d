namespace CoSell.Tests.Support;

/// <summary>
/// The Azurite table endpoint that <c>./test.sh</c> starts for the run and passes in <see cref="Variable"/>.
/// Each test gets tables of its own, so tests never see each other's state.
/// </summary>
public static class Azurite
{
    public const string Variable = "COSELL_TEST_TABLES";

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set: Azure Table tests run against the Azurite that ./test.sh starts. Run ./test.sh, or set {Variable} to an Azurite table connection string.");

    /// <summary>Settings that put grain state and reminders in fresh Azurite tables.</summary>
    public static Dictionary<string, string?> FreshTables()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        return new()
        {
            ["CoSell:Storage:Provider"] = "AzureTable",
            ["CoSell:Storage:ConnectionString"] = ConnectionString,
            ["CoSell:Storage:GrainStateTable"] = $"State{suffix}",
            ["CoSell:Storage:RemindersTable"] = $"Reminders{suffix}",
            ["CoSell:Storage:DataProtectionTable"] = $"Keys{suffix}",
        };
    }
}
