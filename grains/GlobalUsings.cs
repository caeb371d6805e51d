global using Orleans;
global using Orleans.Concurrency;
global using CoSell.Grains.Desks;
global using CoSell.Grains.Directory;
global using CoSell.Grains.Engagements;
global using CoSell.Grains.Notifications;
global using CoSell.Grains.Referrals;
global using CoSell.Grains.Webhooks;
