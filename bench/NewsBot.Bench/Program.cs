using NewsBot.Bench;

// Delivery benchmark: the bot's real delivery path (SQLite file, Telegram.Bot over HTTP) against a fake Bot API server
// in a separate process that enforces Telegram's limits and counts duplicates and losses.
//   dotnet run -c Release --project bench/NewsBot.Bench                 all scenarios
//   dotnet run -c Release --project bench/NewsBot.Bench -- ceiling      one of: ceiling retention telegram paid faults whatsapp crash million burst webhook
//                                                                      cluster cluster-telegram cluster-failover cluster-million (NEWSBOT_BENCH_POSTGRES)
// The other verbs (server, chatserver, dispatch, app) are the child processes the benchmark starts itself.
return args.FirstOrDefault() switch
{
    "server" => await BenchServer.RunAsync(args[1..]),
    "chatserver" => await ChatServer.RunAsync(),
    "dispatch" => await DispatchProcess.RunAsync(args[1..]),
    "app" => await AppProcess.RunAsync(args[1..]),
    var scenario => await Scenarios.RunAsync(scenario),
};
