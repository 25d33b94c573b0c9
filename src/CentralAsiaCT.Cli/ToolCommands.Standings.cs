using System;
using System.CommandLine;
using CentralAsiaCT.Reporting;
using NodaTime;

namespace CentralAsiaCT.Cli;

// Standing in time: who belonged to an organisation, and where a state belonged, on a day or over the years.
internal sealed partial class ToolCommands
{
    private Command Members() => Standings(
        "members",
        "The states' standing in an organisation: member, associate member, observer, partner or participating State, from and until, with sources.",
        new Argument<string>("organisation") { Description = "An ID, acronym or name of the organisation (CSTO, OSCE, UN, ...)." },
        "The day (yyyy-MM-dd): who belonged on that day, and over which days that list holds; without it, every standing with its dates.",
        "organisation",
        text => _data.Organisations.TryGet(text, out var found) ? found : null,
        (organisation, day, language) => _data.Reports.RosterTable(organisation, day, language));

    private Command Memberships() => Standings(
        "memberships",
        "A state's standing in each organisation (and towards each plan with --on), from and until, with sources.",
        new Argument<string>("state") { Description = "A code or name of the state, in any language the data holds." },
        "The day (yyyy-MM-dd): where the state stood that day towards each organisation and plan, and over which days; without it, every standing with its dates.",
        "state",
        text => _data.States.TryGet(text, out var found) ? found : null,
        (state, day, language) => _data.Reports.StandingsTable(state, day, language));

    // The two commands differ only in what they look up and in the table of one day; the history is one table for both.
    private Command Standings(
        string name, string description, Argument<string> who, string onDescription, string kind, Func<string, Entity?> find, Func<Entity, LocalDate, string, FactTable> onDay)
    {
        var on = DateOption("--on", onDescription);
        var command = new Command(name, description) { who, on };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(who)!;
            if (IsBlank(text, $"the name or code of {(kind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {kind}"))
            {
                return BadInput;
            }

            if (find(text) is not { } found)
            {
                _error.WriteLine($"No {kind} of the data is called \"{Quote(text)}\"; try 'centralasia-ct find'.");
                return NothingFound;
            }

            var language = parsed.GetValue(_language)!;
            return Write(parsed, parsed.GetValue(on) is { } day ? onDay(found, day, language) : _data.Reports.MembershipsTable(found, language));
        });
        return command;
    }
}
