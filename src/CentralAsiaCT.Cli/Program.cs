using System;
using CentralAsiaCT;
using CentralAsiaCT.Cli;

return ToolCommands.Run(args, CentralAsiaData.Default, Console.Out, Console.Error);
