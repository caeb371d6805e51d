using CoSell.Gateway.Hosting;
using CoSell.Silo.Hosting;
using Orleans.Dashboard;

// The embedded default: one silo, with the REST gateway in the same process (API.md on 127.0.0.1:5080).
var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => silo.UseClusterSettings(builder.Configuration).AddCoSell(builder.Configuration).AddActivityPropagation().AddDashboard());
builder.AddCoSellGateway();

var app = builder.Build();
app.MapCoSellGateway();
app.MapOrleansDashboard("/dashboard").RequireAuthorization(CoSellGateway.OperatorPolicy);
await app.RunUntilStoppedAsync();
