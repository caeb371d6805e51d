namespace CoSell.Testing;

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

    /// <summary>A connection string for Azurite's well-known development account on a loopback port.</summary>
    public static string OnPort(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

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
            ["CoSell:Storage:DataTable"] = $"Data{suffix}",
        };
    }
}
