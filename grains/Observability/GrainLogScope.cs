using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Observability;

/// <summary>
/// Every grain call logs inside a scope naming the grain (for referral grains, the referral id), so structured
/// logs can be filtered by referral; referral log messages add the engagement id.
/// </summary>
public sealed class GrainLogScope(ILoggerFactory loggers) : IIncomingGrainCallFilter
{
    private readonly ILogger _logger = loggers.CreateLogger("CoSell.Grains");

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var key = context.TargetId.Key.ToString();
        var scope = context.Grain is IReferralGrain
            ? new Dictionary<string, object> { ["ReferralId"] = key, ["GrainMethod"] = context.MethodName }
            : new Dictionary<string, object> { ["Grain"] = context.TargetId.ToString(), ["GrainMethod"] = context.MethodName };
        using (_logger.BeginScope(scope))
        {
            await context.Invoke();
        }
    }
}
