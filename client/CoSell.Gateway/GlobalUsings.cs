global using CoSell.Client;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Orleans.Runtime;
global using Orleans;
