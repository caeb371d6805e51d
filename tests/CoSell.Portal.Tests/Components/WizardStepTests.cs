using Bunit;
using CoSell.Portal.Components.Forms;
using CoSell.Portal.Components.Wizard;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.AspNetCore.Components;

namespace CoSell.Portal.Tests.Components;

/// <summary>
/// The new-deal wizard's steps (screen 3): a refusal of the real grains names a field (R41); the wizard picks the step
/// holding it (<see cref="NewDealForm.StepOf"/>), and that step shows the message at that very field.
/// </summary>
[Collection(ComponentCollection.Name)]
public sealed class WizardStepTests(ComponentCluster cluster)
{
    public static TheoryData<string, int, string> Refusals => new()
    {
        { "no deal name", NewDealForm.DetailsStep, "Deal name" },
        { "a value of zero", NewDealForm.DetailsStep, "Deal value" },
        { "a made-up currency", NewDealForm.DetailsStep, "Currency" },
        { "a team member's bad e-mail", NewDealForm.TeamStep, "E-mail" },
        { "a contact without an e-mail", NewDealForm.ContactStep, "Contact e-mail" },
        { "an assessment without a country", NewDealForm.SolutionsStep, "Assessment country" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refusal_is_shown_at_its_field_on_the_step_that_holds_it_R11_R12_R10_R17(string mistake, int step, string label)
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(cluster.Cluster.Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var form = Break(ValidForm(), mistake);

        var refusal = await Assert.ThrowsAsync<CoSellException>(() => cluster.Cluster.Client.CreateReferral(alice, form.ToRequest()));
        Assert.Equal(step, NewDealForm.StepOf(refusal.Target));

        var errors = new FormErrors();
        errors.Set(refusal);
        using var context = PortalComponents.For(cluster, alice);
        var rendered = context.Render(StepOf(step, form, errors));
        if (step == NewDealForm.SolutionsStep)
        {
            // The catalog loads first; the country field shows once an assessment type is chosen.
            rendered.WaitForAssertion(() => Assert.Contains("Assessment country", rendered.Markup, StringComparison.Ordinal));
        }

        Assert.Equal(refusal.Message, rendered.Field(label).MessageOf());
        Assert.Single(rendered.FindAll("fluent-field [slot=message]"), m => m.TextContent.Contains(refusal.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_amount_is_refused_before_any_call_and_named_like_the_grains_name_it_R11()
    {
        var form = ValidForm();
        form.DealValue = "a lot";
        var refusal = Assert.Throws<CoSellException>(() => form.ToRequest());
        Assert.Equal("details.dealValue", refusal.Target);
        Assert.Equal(NewDealForm.DetailsStep, NewDealForm.StepOf(refusal.Target));
    }

    private static NewDealForm ValidForm() => new()
    {
        Customer = new Customer("c-100", "Contoso", "123456789", new Address("1 Main St", "Redmond", "WA", "98052", "US")),
        Name = "Contoso data platform",
        DealValue = "250000",
        Currency = "USD",
        ClosingDate = Requests.CloseDate,
        Team = [ContactInput.From(Requests.Bo)],
        Solutions = ["sol-a"],
    };

    private static NewDealForm Break(NewDealForm form, string mistake)
    {
        switch (mistake)
        {
            case "no deal name": form.Name = " "; break;
            case "a value of zero": form.DealValue = "0"; break;
            case "a made-up currency": form.Currency = "XQZ"; break;
            case "a team member's bad e-mail": form.Team[0].Email = "bo-at-fabrikam"; break;
            case "a contact without an e-mail": form.Contact = new ContactInput { FirstName = "Ann", LastName = "Lee", PhoneNumber = "+1 425 555 0100" }; break;
            case "an assessment without a country": form.Solutions = ["sol-sa"]; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
        }

        return form;
    }

    private static RenderFragment StepOf(int step, NewDealForm form, FormErrors errors) => builder =>
    {
        builder.OpenComponent(0, step switch
        {
            NewDealForm.ContactStep => typeof(ContactStep),
            NewDealForm.DetailsStep => typeof(DetailsStep),
            NewDealForm.TeamStep => typeof(TeamStep),
            NewDealForm.SolutionsStep => typeof(SolutionsStep),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        });
        builder.AddAttribute(1, "Form", form);
        builder.AddAttribute(2, "Errors", errors);
        builder.CloseComponent();
    };
}
