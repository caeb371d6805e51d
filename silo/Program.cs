using CoSell.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => silo.UseClusterSettings(builder.Configuration).AddCoSell(builder.Configuration));

var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
app.Run();
