using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Observability;

/// <summary>
/// Every call into a CoSell grain logs inside a scope naming the grain (for referral grains, the referral id), so
/// structured logs can be filtered by referral; referral log messages add the engagement id. Calls into Orleans'
/// own grains (storage, reminders) pass straight through: they are most of the calls and log nothing of ours.
/// </summary>
public sealed class GrainLogScope(ILoggerFactory loggers) : IIncomingGrainCallFilter
{
    private readonly ILogger _logger = loggers.CreateLogger("CoSell.Grains");

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is not Grain grain || grain.GetType().Assembly != typeof(GrainLogScope).Assembly)
        {
            return context.Invoke();
        }

        return InScope(context, grain is IReferralGrain);
    }

    private async Task InScope(IIncomingGrainCallContext context, bool referral)
    {
        using (_logger.BeginScope(new GrainCallScope(context, referral)))
        {
            await context.Invoke();
        }
    }
}
