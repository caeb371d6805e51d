using CoSell.Client.Connection;
using CoSell.Gateway.Hosting;
using CoSell.Portal.Hosting;

// The partner portal in its own process, connected to the cluster as an external grain client (CoSell:Cluster), like
// the separate REST gateway host. Listens on http://127.0.0.1:5090 unless Urls says otherwise.
var builder = WebApplication.CreateBuilder(args);
builder.AddCoSellClusterClient();
builder.AddCoSellPortal();

var app = builder.Build();
app.MapCoSellPortal();
await app.RunUntilStoppedAsync();
