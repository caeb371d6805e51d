namespace CoSell.Grains.Webhooks;

/// <summary>Who may read and manage an organization's webhooks (R3, R36).</summary>
public static class WebhookAccess
{
    public static void EnsureMember(Actor actor, string organization)
    {
        if (actor.OrganizationId != organization)
        {
            throw CoSellException.NotFound("organizationId", "Webhooks are per organization; these are not yours.");
        }
    }

    public static void EnsureAdmin(Actor actor, string organization)
    {
        EnsureMember(actor, organization);
        if (!actor.Has(Role.PartnerAdmin) && !actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Managing webhooks needs the PartnerAdmin role (Operator for Microsoft) (R3, R36).");
        }
    }
}
