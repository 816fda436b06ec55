return LocalizationAnalyzers.Inventory.Cli.Run(args, Console.Out, Console.Error);
