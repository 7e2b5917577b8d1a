// dotnet run --project samples/Millis.Examples -- <name>|all|list [--live]
// bash samples/run-examples <name> runs it against a local mock of the API (Prism serving spec/); see ExampleRunner.
return await Millis.Examples.ExampleRunner.RunAsync(args, Millis.Examples.ExampleSettings.FromEnvironment(), Console.Out, Console.Error);
