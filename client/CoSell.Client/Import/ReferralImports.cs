namespace CoSell.Client.Import;

/// <summary>Following an import to its end, for front-ends that show progress (the CLI, the portal).</summary>
public static class ReferralImports
{
    /// <summary>Polls <paramref name="importId"/> every <paramref name="interval"/>, reporting each state, until it completes.</summary>
    public static async Task<ReferralImport> WaitAsync(this CoSellClient client, Actor actor, string importId, TimeSpan interval,
        IProgress<ReferralImport>? progress = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var import = await client.GetImport(actor, importId);
            progress?.Report(import);
            if (import.Status == ImportStatus.Completed)
            {
                return import;
            }

            await Task.Delay(interval, cancellationToken);
        }
    }
}
