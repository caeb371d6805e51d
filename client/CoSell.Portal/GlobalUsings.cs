global using CoSell;
global using CoSell.Client;
