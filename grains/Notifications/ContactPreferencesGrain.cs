using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Notifications;

/// <summary>
/// Opted-out e-mail addresses (R34), compared case-insensitively. Only an address's owner changes it (see
/// <see cref="IContactPreferencesGrain"/>); the partner grain it asks answers interleaved and never calls back.
/// </summary>
public sealed class ContactPreferencesGrain(
    [PersistentState("contact-preferences", StorageNames.Default)] IPersistentState<HashSet<string>> store,
    UnsubscribeLinks links) : Grain, IContactPreferencesGrain, IRecipientFilter
{
    public async Task OptOut(Actor actor, string email)
    {
        var address = Normalize(email);
        await EnsureOwner(actor, address);
        if (store.State.Add(address))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task OptIn(Actor actor, string email)
    {
        var address = Normalize(email);
        await EnsureOwner(actor, address);
        if (store.State.Remove(address))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task<string> Unsubscribe(string token)
    {
        var address = Normalize(links.Read(token));
        if (store.State.Add(address))
        {
            await store.WriteStateAsync();
        }

        return address;
    }

    public Task<IReadOnlyList<string>> Filter(IReadOnlyList<string> recipients) =>
        Task.FromResult<IReadOnlyList<string>>([.. recipients.Where(r => !store.State.Contains(r.Trim().ToLowerInvariant()))]);

    /// <summary>The address's own user, or a PartnerAdmin of the partner the address belongs to.</summary>
    private async Task EnsureOwner(Actor actor, string address)
    {
        if (string.Equals(actor.UserId.Trim(), address, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (actor.Has(Role.PartnerAdmin) && !actor.IsMicrosoft
            && await GrainFactory.GetGrain<IPartnerRecords>(actor.OrganizationId).KnowsAddress(address))
        {
            return;
        }

        throw CoSellException.AccessDenied("email",
            "Only the address's own user, or a PartnerAdmin of the organization it belongs to, changes its e-mail preference (R34).");
    }

    private static string Normalize(string? email) =>
        ContactValidation.IsEmail(email?.Trim()) ? UnsubscribeLinks.Normalize(email!) : throw CoSellException.Validation("email", $"'{email}' is not a valid e-mail address.");
}
