using CoSell.Client;

namespace CoSell.Testing;

/// <summary>Registers the partners, customer, solutions and sellers every scenario uses.</summary>
public static class Ecosystem
{
    public static async Task Register(CoSellClient client)
    {
        var op = Actors.Operator;
        await RegisterPartners(client, Actors.PartnerA, Actors.PartnerB, Actors.PartnerC);

        await client.RegisterCustomer(op, new Customer("c-100", "Contoso", "123456789", new Address("1 Main St", "Redmond", "WA", "98052", "US")));
        await client.RegisterCustomer(op, new Customer("c-200", "Litware", null, new Address("9 Rue", "Paris", "", "75001", "FR")));
        await client.RegisterSolution(op, new Solution("sol-a", "Fabrikam ETL", Actors.PartnerA, SolutionKind.Partner, true));
        await client.RegisterSolution(op, new Solution("sol-b", "Northwind Migrate", Actors.PartnerB, SolutionKind.Partner, false));
        await client.RegisterSolution(op, new Solution("sol-msft", "Azure Synapse", Organizations.Microsoft, SolutionKind.Microsoft, true));
        await client.RegisterSolution(op, new Solution("sol-sa", "Security assessment", Organizations.Microsoft, SolutionKind.SolutionAssessment, false));
        await client.RegisterSeller(op, new SellerProfile(Actors.SellerUs, "Sam Seller", "sam@microsoft.example", ["US", "CA"]));
        await client.RegisterSeller(op, new SellerProfile(Actors.SellerUs2, "Sue Seller", "sue@microsoft.example", ["US"]));
    }

    /// <summary>Partners A (Fabrikam, vetted), B (Northwind) and C (Tailspin) under the given ids, two tenants each.</summary>
    public static async Task RegisterPartners(CoSellClient client, string a, string b, string c)
    {
        foreach (var (id, name, vetted) in new[] { (a, "Fabrikam", true), (b, "Northwind", false), (c, "Tailspin", false) })
        {
            await client.RegisterPartner(Actors.Operator, new PartnerProfile(id, name, "US",
                [new Tenant(Actors.PrimaryTenant(id), true), new Tenant(Actors.SecondTenant(id), false)], vetted, [$"admin@{id}.example"]));
        }
    }
}
