using System;
using CentralAsiaCT;
using CentralAsiaCT.Cli;

// In a terminal, tables fit its width: COLUMNS where the shell exports it, else 120; redirected output keeps whole cells.
int? width = Console.IsOutputRedirected ? null : int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 20 ? columns : 120;
return ToolCommands.Run(args, CentralAsiaData.Default, Console.Out, Console.Error, width);
