namespace CoSell.Portal.Components.Shared;

/// <summary>
/// The failures a page shows (with <see cref="ErrorNotice"/>) instead of ending the person's session: a refusal of the
/// system (R41), or the cluster not answering (a timeout, a silo gone). Anything else is a defect: it ends the circuit
/// and is logged.
/// </summary>
public static class CallFailures
{
    public static bool IsShown(Exception error) => error is CoSellException or TimeoutException or OrleansException;
}
