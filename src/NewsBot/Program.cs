using NewsBot;

await NewsBotApp.Build(args).RunAsync();
