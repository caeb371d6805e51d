using CoSell.Bench;

// cosell-bench [--size tiny|small|large] [--storage memory|azurite|both] [--scale [--series routing|organization|both]] [--out path]
// --scale runs the scale series (ScaleSeries, OrganizationScale) instead of the workloads; --series picks one of them.
// Progress on stderr, the table on stdout, the figures as JSON in --out (default bench/results/latest.json).
var size = BenchSize.Small;
var storages = new List<string> { "memory", "azurite" };
string? output = null;
var scale = false;
var series = ScaleSeriesChoice.Both;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--size":
            size = BenchSize.Parse(args[++i]);
            break;
        case "--storage":
            storages = args[++i] == "both" ? ["memory", "azurite"] : [args[i]];
            break;
        case "--scale":
            scale = true;
            break;
        case "--series":
            series = Enum.Parse<ScaleSeriesChoice>(args[++i], ignoreCase: true);
            break;
        case "--out":
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine("usage: cosell-bench [--size tiny|small|large] [--storage memory|azurite|both] [--scale [--series routing|organization|both]] [--out path]");
            return 2;
    }
}

var root = FindRoot();
var report = await Runner.RunAsync(size, storages, root, Console.Error, scale, series);
Runner.PrintTable(report, Console.Out);
var path = output ?? Path.Combine(root, "bench", "results", scale ? "scale.json" : "latest.json");
await Runner.WriteJson(report, path);
Console.Out.WriteLine($"figures written to {path}");
return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "CoSell.Orleans.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
