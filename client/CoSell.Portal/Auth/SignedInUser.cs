using CoSell.Client.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoSell.Portal.Auth;

/// <summary>The signed-in person as the <see cref="Actor"/> every grain call names; the grains decide what it may do.</summary>
public sealed class SignedInUser(AuthenticationStateProvider authentication)
{
    public async Task<Actor> ActorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return ActorClaims.ToActor(state.User)
            ?? throw CoSellException.AccessDenied("sign-in", "The sign-in carries no organization, tenant or user; sign in again.");
    }

    public async Task<string> DisplayNameAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirst("name")?.Value ?? state.User.FindFirst(CoSellClaims.Subject)?.Value ?? "";
    }
}
