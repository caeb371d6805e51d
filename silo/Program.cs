using CoSell.Gateway.Hosting;
using CoSell.Rest;
using CoSell.Silo.Hosting;
using Orleans.Dashboard;

// The embedded default: one silo, with the REST gateway (API.md) in the same process.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    // Nothing configured (no --Urls, Urls or ASPNETCORE_URLS): the embedded default's address, which mail links use too.
    builder.WebHost.UseUrls(EmbeddedGateway.Url);
}

builder.UseOrleans(silo => silo.UseClusterSettings(builder.Configuration).AddCoSell(builder.Configuration).AddActivityPropagation().AddDashboard());
builder.AddCoSellGateway();

var app = builder.Build();
app.MapCoSellGateway();
app.MapOrleansDashboard("/dashboard").RequireAuthorization(CoSellGateway.OperatorPolicy);
await app.RunUntilStoppedAsync();
