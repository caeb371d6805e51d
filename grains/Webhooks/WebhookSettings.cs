namespace CoSell.Grains.Webhooks;

/// <summary>An organization's webhooks (R36), one record row of its partition (<see cref="WebhookRows.SettingsKey"/>).</summary>
public sealed class WebhookSettings
{
    public List<WebhookRegistration> Hooks { get; set; } = [];

    public int NextHookNumber { get; set; } = 1;
}
