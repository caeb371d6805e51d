using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Support;

/// <summary>Filling the new-deal wizard's steps as a person does (the caller moves on with Next and checks what it needs).</summary>
public static class NewDealSteps
{
    /// <summary>Customer step: search Contoso and pick the row that contains <paramref name="row"/>.</summary>
    public static async Task PickContosoAsync(this ILocator main, string row = "Contoso")
    {
        await main.Field("Customer name").FillAsync("Contoso");
        await main.Button("Search customers").ClickAsync();
        await main.Locator("table.results tr").Filter(new() { HasText = row }).Button("Pick").ClickAsync();
    }

    /// <summary>Contact step: Ann Lee, with the customer's consent to share her details with Microsoft (R10).</summary>
    public static async Task FillContactWithConsentAsync(this ILocator main)
    {
        await main.Field("Contact first name").FillAsync("Ann");
        await main.Field("Contact last name").FillAsync("Lee");
        await main.Field("Contact phone").FillAsync("+1 425 555 0100");
        await main.Field("Contact e-mail").FillAsync("ann@contoso.example");
        await main.Checkbox("consents").ClickAsync();
    }

    /// <summary>Details step: name and value as given, closing on 30 June 2027.</summary>
    public static async Task FillDetailsAsync(this ILocator main, string name, string value)
    {
        await main.Field("Deal name").FillAsync(name);
        await main.Field("Deal value").FillAsync(value);
        await main.Field("Estimated close date").FillAsync("06/30/2027");
    }

    /// <summary>Team step: Bo Ng in the first row.</summary>
    public static async Task FillFirstTeamMemberAsync(this ILocator main)
    {
        await main.Field("First name").FillAsync("Bo");
        await main.Field("Last name").FillAsync("Ng");
        await main.Field("Phone").FillAsync("+1 206 555 0101");
        await main.Field("E-mail").FillAsync("bo@fabrikam.example");
    }

    /// <summary>Sale type step: ask Microsoft for help and invite the partner found by <paramref name="partner"/>.</summary>
    public static async Task InviteMicrosoftAndPartnerAsync(this ILocator main, string partner)
    {
        await main.Checkbox("Ask Microsoft for help").ClickAsync();
        await main.Field("Partner name or solution").FillAsync(partner);
        await main.Button("Search partners").ClickAsync();
        await main.Locator($"fluent-button[aria-label='Invite {partner}']").ClickAsync();
    }
}
