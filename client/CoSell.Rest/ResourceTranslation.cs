using System.Globalization;

namespace CoSell.Rest;

/// <summary>Between the REST shapes of API.md and the grain contracts.</summary>
public static class ResourceTranslation
{
    public static CreateReferralRequest ToRequest(CreateReferralBody body) => new()
    {
        Name = body.Name,
        Customer = body.CustomerProfile is null ? null : new CustomerInput(body.CustomerProfile.CustomerId, body.CustomerProfile.Contact),
        Consent = body.Consent,
        Details = ToInput(body.Details),
        Team = body.Team,
        Solutions = Ids(body.Solutions),
        Location = body.Location,
        Invitations = body.Invitations?.Select(ToRequest).ToList(),
    };

    public static InvitationRequest ToRequest(InvitationBody? body) => body is null ? null! : new()
    {
        Invitee = body.Invitee,
        TenantId = body.TenantId,
        ClosingDate = body.ClosingDateTime,
        DealValue = body.DealValue,
        Currency = body.Currency,
        Notes = body.Notes,
        Team = body.Team,
        Solutions = Ids(body.Solutions),
        HelpType = body.HelpType ?? HelpType.None,
    };

    public static UpdateReferralRequest ToRequest(PatchReferralBody body, string? ifMatch, IReadOnlySet<string>? nulls = null) => new()
    {
        Name = body.Name,
        Details = ToInput(body.Details),
        Team = body.Team,
        Solutions = Ids(body.Solutions),
        SalesStage = body.SalesStage,
        CrmStage = body.CrmStage,
        CustomerContact = body.CustomerProfile?.Contact,
        Consent = body.Consent,
        Remove = nulls is null ? null : [.. nulls.Order(StringComparer.Ordinal)],
        IfMatch = ifMatch,
    };

    public static AcceptReferralRequest ToRequest(AcceptBody body, string? ifMatch) => new(body.Name, ToInput(body.Details), body.Team, ifMatch);

    public static DeclineReferralRequest ToRequest(DeclineBody body, string? ifMatch) => new(body.Reason, body.Notes, ifMatch);

    public static CloseReferralRequest ToRequest(CloseBody body, string? ifMatch) => new(body.Outcome, body.Reason, ifMatch);

    public static PartnerProfile ToProfile(string partnerId, PartnerBody body) =>
        new(partnerId, body.Name!, body.Country!, body.Tenants ?? [], body.SolutionAssessmentVetted ?? false, body.ReferralAdminEmails ?? [], body.CoSellReady ?? true);

    public static Customer ToCustomer(string customerId, CustomerBody body) => new(customerId, body.Name!, body.Duns, body.Address!);

    public static Solution ToSolution(string solutionId, SolutionBody body) =>
        new(solutionId, body.Name!, body.PublisherId!, body.Kind ?? throw CoSellException.Validation("kind", "kind is required: Partner, Microsoft or SolutionAssessment."), body.IncentiveEligible ?? false, body.CoSellReady ?? true);

    public static SellerProfile ToSeller(string sellerId, SellerBody body) => new(sellerId, body.Name!, body.Email!, body.Territory ?? []);

    public static ReferralResource ToResource(Referral referral) => new()
    {
        Id = referral.Id,
        EngagementId = referral.EngagementId,
        OrganizationId = referral.OrganizationId,
        TenantId = referral.TenantId,
        Name = referral.Name,
        Direction = referral.Direction,
        DealType = referral.DealType,
        Status = referral.Status,
        Substatus = referral.Substatus,
        StatusReason = referral.StatusReason,
        SalesStage = referral.SalesStage,
        SalesStagePercent = referral.SalesStagePercent,
        CustomerProfile = referral.CustomerProfile,
        Consent = referral.Consent,
        Details = new DetailsResource(referral.Details.DealValue, referral.Details.Currency, referral.Details.ClosingDate,
            referral.Details.Notes, referral.Details.CrmId, referral.Details.CampaignId),
        Team = referral.Team,
        Solutions = referral.Solutions,
        Location = referral.Location,
        InviteContext = referral.InviteContext is { } invite
            ? new InviteContextResource(new InvitedByResource(invite.InvitedByOrganizationId, invite.InvitedByOrganizationName),
                invite.SourceReferralId, invite.HelpType, invite.Notes, invite.InvitingTeam)
            : null,
        Participants = referral.Participants,
        Microsoft = new MicrosoftResource(referral.Microsoft.Status, referral.Microsoft.SellerId, referral.Microsoft.Colleagues ?? []),
        ExpirationDateTime = referral.ExpirationDateTime,
        ClosingSoon = referral.ClosingSoon,
        Warnings = referral.Warnings is { Count: > 0 } warnings ? warnings : null,
        OtherRequests = referral.OtherRequests is { Count: > 0 } others ? others : null,
        Favorite = referral.Favorite,
        CreatedDateTime = referral.CreatedDateTime,
        UpdatedDateTime = referral.UpdatedDateTime,
        ETag = referral.ETag,
        RegistrationStatus = referral.RegistrationStatus,
    };

    public static ReferralListResource ToResource(ReferralPage page) => new([.. page.Items.Select(r => new ReferralSummaryResource
    {
        Id = r.Id,
        EngagementId = r.EngagementId,
        OrganizationId = r.OrganizationId,
        TenantId = r.TenantId,
        Name = r.Name,
        Direction = r.Direction,
        DealType = r.DealType,
        Status = r.Status,
        Substatus = r.Substatus,
        SalesStage = r.SalesStage,
        SalesStagePercent = CoSell.SalesStagePercent.Of(r.SalesStage),
        CustomerName = r.CustomerName,
        DealValue = r.DealValue,
        Currency = r.Currency,
        InvitedByOrganizationId = r.InvitedByOrganizationId,
        ExpirationDateTime = r.ExpirationDateTime,
        ClosingSoon = r.ClosingSoon,
        SellerId = r.SellerId,
        Favorite = r.Favorite,
        UpdatedDateTime = r.UpdatedDateTime,
        ETag = r.Version.ToString(CultureInfo.InvariantCulture),
    })], page.ContinuationToken);

    /// <summary>The quoted entity tag of a referral for the <c>ETag</c> header.</summary>
    public static string EntityTag(string etag) => $"\"{etag}\"";

    private static DealDetailsInput? ToInput(DetailsBody? details) => details is null
        ? null
        : new DealDetailsInput(details.DealValue, details.Currency, details.ClosingDateTime, details.Notes, details.CrmId, details.CampaignId);

    private static List<string>? Ids(List<SolutionRefBody>? solutions) => solutions?.Select(s => s?.Id!).ToList();
}
