using ZielSite.Cli;

// Parse the command line (System.CommandLine), call the library, print diagnostics, return the exit code.
return CommandLine.Run(CommandLine.Create(), args, Console.Error);
