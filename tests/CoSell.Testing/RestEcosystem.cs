using System.Net;

namespace CoSell.Testing;

/// <summary>
/// The scenario ecosystem registered through the REST gateway of a running multi-silo system (partners A–C, a US
/// customer, a solution of A and of B), riding out a moment of 503 while the cluster settles.
/// </summary>
public static class RestEcosystem
{
    public static async Task RegisterAsync(HttpClient op)
    {
        foreach (var id in new[] { Actors.PartnerA, Actors.PartnerB, Actors.PartnerC })
        {
            await Put(op, $"/v1/partners/{id}", new
            {
                name = $"Partner {id}",
                country = "US",
                tenants = new[] { new { id = Actors.PrimaryTenant(id), primary = true } },
                referralAdminEmails = new[] { $"admin@{id}.example" }
            });
        }

        await Put(op, "/v1/customers/c-100", new { name = "Contoso", address = new { addressLine1 = "1 Main", city = "Redmond", state = "WA", postalCode = "98052", country = "US" } });
        await Put(op, "/v1/solutions/sol-a", new { name = "A", publisherId = Actors.PartnerA, kind = "Partner" });
        await Put(op, "/v1/solutions/sol-b", new { name = "B", publisherId = Actors.PartnerB, kind = "Partner" });
    }

    private static async Task Put(HttpClient op, string uri, object body)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await op.PutAsync(uri, Http.Json(body));
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 40)
            {
                await Task.Delay(500);
                continue;
            }

            Assert.True(response.IsSuccessStatusCode, $"PUT {uri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return;
        }
    }
}
