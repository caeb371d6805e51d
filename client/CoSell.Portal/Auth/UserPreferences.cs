using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace CoSell.Portal.Auth;

/// <summary>
/// What a user chose on their screens (columns, filters), kept in their browser under a key of their own organization
/// and user, encrypted and signed by the portal's data protection so a page cannot read or forge another's.
/// Browser storage is reachable only once the page is interactive: read it after the first render.
/// </summary>
public sealed class UserPreferences(ProtectedLocalStorage storage, SignedInUser user)
{
    public async Task<T?> GetAsync<T>(string name)
    {
        try
        {
            var result = await storage.GetAsync<T>(await KeyAsync(name));
            return result.Success ? result.Value : default;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Written under other data-protection keys (a new installation): start from the defaults.
            return default;
        }
    }

    public async Task SetAsync<T>(string name, T value) where T : notnull => await storage.SetAsync(await KeyAsync(name), value);

    private async Task<string> KeyAsync(string name)
    {
        var actor = await user.ActorAsync();
        return $"cosell:{actor.OrganizationId}:{actor.UserId}:{name}";
    }
}
