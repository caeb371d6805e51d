using CoSell.Client.Connection;
using CoSell.Gateway.Hosting;

// The REST gateway in its own process, connected to the cluster as an external grain client, so front-ends
// scale apart from silos. Cluster gateway port and ids come from CoSell:Cluster.
var builder = WebApplication.CreateBuilder(args);
builder.AddCoSellClusterClient();
builder.AddCoSellGateway();

var app = builder.Build();
app.MapCoSellGateway();
await app.RunUntilStoppedAsync();
