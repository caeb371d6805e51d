using CoSell.Gateway.Errors;
using CoSell.Rest;

namespace CoSell.Gateway.OpenApi;

/// <summary>
/// An example of each body a client sends, and of the problem every error is, in the OpenAPI document: values that pass
/// the rules they name (a test holds each example to its own schema).
/// </summary>
public static class SchemaExamples
{
    private const string Team = """[{"firstName":"Bo","lastName":"Ng","phoneNumber":"+1 206 555 0101","email":"bo@fabrikam.example"}]""";

    public static IReadOnlyDictionary<Type, string> ByType { get; } = new Dictionary<Type, string>
    {
        [typeof(CreateReferralBody)] = $$$"""
            {"name":"Contoso data platform","customerProfile":{"customerId":"c-100","contact":{"firstName":"Ann","lastName":"Lee","phoneNumber":"+1 425 555 0100","email":"ann@contoso.example"}},
             "consent":{"consentToShareInfoWithMicrosoft":true},"details":{"dealValue":250000,"currency":"USD","closingDateTime":"2027-06-30","crmId":"OPP-77"},
             "team":{{{Team}}},"solutions":[{"id":"sol-a"}],
             "invitations":[{"invitee":"msft","helpType":"ProofOfConceptOrDemo","notes":"need an Azure architect"}]}
            """,
        [typeof(PatchReferralBody)] = """{"salesStage":"Qualified","details":{"dealValue":300000}}""",
        [typeof(AcceptBody)] = $$$"""{"name":"Contoso lakehouse","details":{"dealValue":45000,"currency":"USD","closingDateTime":"2027-06-30","crmId":"CRM-9"},"team":{{{Team}}}}""",
        [typeof(DeclineBody)] = """{"reason":"NotMyExpertise","notes":"We do not cover this region."}""",
        [typeof(CloseBody)] = """{"outcome":"Lost","reason":"Budget cut"}""",
        [typeof(InvitationBody)] = """{"invitee":"2222222","dealValue":45000,"currency":"USD","closingDateTime":"2027-06-30","solutions":[{"id":"sol-b"}],"helpType":"GeneralOrOther"}""",
        [typeof(WebhookBody)] = """{"url":"https://crm.example/cosell/hook","events":["referral-created","referral-updated"]}""",
        [typeof(ReviewBody)] = """{"decision":"Approve","comments":"Contract checked."}""",
        [typeof(StageMappingsBody)] = """{"mappings":{"Discovery":"Qualified","Proposal sent":"Proposed"}}""",
        [typeof(OptOutBody)] = """{"email":"bo@fabrikam.example"}""",
        [typeof(Problem)] = """
            {"type":"https://cosell.example/errors/validationFailed","title":"A rule was broken.","status":422,
             "detail":"details.currency 'XYZ' is not an ISO 4217 currency code (R11).","code":"validationFailed","target":"details.currency"}
            """,
    };
}
