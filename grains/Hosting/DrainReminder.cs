namespace CoSell.Grains.Hosting;

/// <summary>
/// A grain's safety-net reminder for pending work (undelivered fan-outs, mails, webhook deliveries): registered
/// once per activation when work appears, removed when none is left, so a crash cannot strand the work.
/// </summary>
public sealed class DrainReminder(Grain grain, string name, TimeSpan period)
{
    private bool _registered;

    public string Name => name;

    public async Task EnsureAsync()
    {
        if (!_registered)
        {
            await grain.RegisterOrUpdateReminder(name, TimeSpan.FromMinutes(1), period);
            _registered = true;
        }
    }

    public async Task RemoveAsync()
    {
        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }

        _registered = false;
    }
}
