using System;
using System.CommandLine;
using CentralAsiaCT;
using CentralAsiaCT.Cli;

var overview = new Command("overview", "The timeline of the 2010-2011 process and the states with their status towards the Joint Plan of Action, with sources.");
overview.SetAction(_ =>
{
    Overview.Write(CentralAsiaData.Default, Console.Out);
    return 0;
});

var root = new RootCommand("CentralAsiaCT: the UN Global Counter-Terrorism Strategy in Central Asia, typed and sourced.")
{
    overview,
};

return root.Parse(args).Invoke();
