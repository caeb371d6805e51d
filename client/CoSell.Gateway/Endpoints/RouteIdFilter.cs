namespace CoSell.Gateway.Endpoints;

/// <summary>
/// Every id in a route (<c>{id}</c>, <c>{partnerId}</c>, …) is checked where it enters (R41): a blank, padded or
/// control-character id is 400 <c>invalidRequest</c> naming the route parameter, before any grain sees it.
/// </summary>
public sealed class RouteIdFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (name, value) in context.HttpContext.Request.RouteValues)
        {
            Ids.Ensure(value as string, name);
        }

        return next(context);
    }
}
