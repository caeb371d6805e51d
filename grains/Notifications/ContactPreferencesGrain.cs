using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Notifications;

/// <summary>Opted-out e-mail addresses (R34), compared case-insensitively. A leaf.</summary>
public sealed class ContactPreferencesGrain(
    [PersistentState("contact-preferences", StorageNames.Default)] IPersistentState<HashSet<string>> store) : Grain, IContactPreferencesGrain
{
    public async Task OptOut(string email)
    {
        if (store.State.Add(Normalize(email)))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task OptIn(Actor actor, string email)
    {
        if (!actor.Has(Role.Operator) && !actor.Has(Role.PartnerAdmin))
        {
            throw CoSellException.AccessDenied("role", "Opting an address back in needs the PartnerAdmin or Operator role.");
        }

        if (store.State.Remove(Normalize(email)))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> Filter(IReadOnlyList<string> recipients) =>
        Task.FromResult<IReadOnlyList<string>>([.. recipients.Where(r => !store.State.Contains(r.Trim().ToLowerInvariant()))]);

    private static string Normalize(string? email) =>
        ContactValidation.IsEmail(email?.Trim()) ? email!.Trim().ToLowerInvariant() : throw CoSellException.Validation("email", $"'{email}' is not a valid e-mail address.");
}
