using System.Collections.Concurrent;

namespace CoSell.Testing;

/// <summary>
/// Records every call into a desk made from a call chain that desk started itself (the chain rides along in the
/// request context). Safe while the desk is active (the callback interleaves), such a call stalls for up to 30 s
/// while the desk is deactivating on a stopping silo, which holds every incoming call until its running call ends.
/// </summary>
public sealed class DeskCallbackProbe : IIncomingGrainCallFilter
{
    private const string ChainKey = "cosell-test-desk-chain";

    public ConcurrentQueue<string> Callbacks { get; } = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is not IReferralDesk)
        {
            await context.Invoke();
            return;
        }

        var chain = RequestContext.Get(ChainKey) as string ?? "";
        var desk = context.TargetId.ToString();
        // A one-way call waits on nothing, so it cannot close a cycle; only calls the caller awaits are callbacks.
        var oneWay = context.InterfaceMethod?.IsDefined(typeof(Orleans.Concurrency.OneWayAttribute), inherit: false) == true;
        if (!oneWay && chain.Split('|').Contains(desk))
        {
            Callbacks.Enqueue($"{context.InterfaceName}.{context.MethodName} on {desk}, in a chain it started: {chain}");
        }

        RequestContext.Set(ChainKey, $"{chain}|{desk}");
        try
        {
            await context.Invoke();
        }
        finally
        {
            RequestContext.Set(ChainKey, chain);
        }
    }
}
