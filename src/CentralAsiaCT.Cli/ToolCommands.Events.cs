using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CentralAsiaCT.Reporting;
using NodaTime;

namespace CentralAsiaCT.Cli;

// The events of the process, by pillar, phase, year, kind, place or dates.
internal sealed partial class ToolCommands
{
    private Command Events()
    {
        var pillar = new Option<string?>("--pillar") { Description = "Only the events that covered this pillar: I to IV, or 1 to 4." };
        var from = DateOption("--from", "Only the events certainly on or after this day (yyyy-MM-dd).");
        var to = DateOption("--to", "Only the events certainly on or before this day (yyyy-MM-dd).");
        var possibly = new Option<bool>("--possibly") { Description = "Also the events whose date is known too roughly to say (for example known only to the month)." };
        var phase = new Option<string?>("--phase") { Description = "Only the events of this initiative (phase of the project), by ID." };
        var year = new Option<int?>("--year") { Description = "Only the events certainly held in this year.", HelpName = "yyyy" };
        var kind = new Option<string?>("--kind") { Description = $"Only the events of this kind: {string.Join(", ", Enum.GetValues<EventKind>().Select(Word))}." };
        kind.AcceptOnlyFromAmong(Enum.GetValues<EventKind>().Select(Word).ToArray());
        var place = new Option<string?>("--place") { Description = "Only the events held at this place, by ID or name." };
        var command = new Command("events", "The events of the project in order, with place, pillars and sources.") { pillar, from, to, possibly, phase, year, kind, place };
        command.SetAction(parsed =>
        {
            IEnumerable<Event> events = _data.Timeline;
            if (parsed.GetValue(pillar) is { } text)
            {
                if (!_data.Pillars.TryGet(text, out var covered))
                {
                    _error.WriteLine($"'{Quote(text)}' is not a pillar: give I, II, III or IV.");
                    return BadInput;
                }

                events = _data.Timeline.Covering(covered);
            }

            if (parsed.GetValue(phase) is { } phaseId)
            {
                var initiative = _data.Initiatives.FirstOrDefault(i => string.Equals(i.Id, phaseId.Trim(), StringComparison.OrdinalIgnoreCase));
                if (initiative is null)
                {
                    _error.WriteLine($"'{Quote(phaseId)}' is not an initiative: give one of {string.Join(", ", _data.Initiatives.Select(i => i.Id))}.");
                    return BadInput;
                }

                var ofPhase = initiative.Events;
                events = events.Where(e => ofPhase.Contains(e));
            }

            if (parsed.GetValue(year) is { } inYear)
            {
                var held = _data.Timeline.InYear(inYear);
                events = events.Where(e => held.Contains(e));
            }

            if (parsed.GetValue(kind) is { } kindWord)
            {
                var ofKind = _data.Timeline.OfKind(Enum.GetValues<EventKind>().Single(k => Word(k) == kindWord));
                events = events.Where(e => ofKind.Contains(e));
            }

            if (parsed.GetValue(place) is { } placeText)
            {
                if (!_data.Places.TryGet(placeText, out var at))
                {
                    _error.WriteLine($"No place of the data is called \"{Quote(placeText)}\"; try 'centralasia-ct find'.");
                    return NothingFound;
                }

                var there = _data.Timeline.At(at);
                events = events.Where(e => there.Contains(e));
            }

            var first = parsed.GetValue(from);
            var last = parsed.GetValue(to);
            if (last < first)
            {
                _error.WriteLine("--to is before --from.");
                return BadInput;
            }

            if (first is not null || last is not null)
            {
                var interval = new DateInterval(first ?? LocalDate.MinIsoValue, last ?? LocalDate.MaxIsoValue);
                var inside = _data.Timeline.Within(interval);
                var maybe = parsed.GetValue(possibly) ? _data.Timeline.PossiblyWithin(interval) : ImmutableArray<Event>.Empty;
                events = events.Where(e => inside.Contains(e) || maybe.Contains(e));
            }

            // D8: people read a label where no source names an event, and that a place has no name in their language.
            var forPeople = Enum.Parse<OutputFormat>(parsed.GetValue(_format)!, ignoreCase: true) is OutputFormat.Table or OutputFormat.Md or OutputFormat.Html;
            return Write(parsed, FactTable.TimelineOf(events.ToImmutableArray(), parsed.GetValue(_language)!, forPeople));
        });
        return command;
    }

    // The data package's word for a value of the model's enums (workshop, coordination-meeting).
    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => Word(value.ToString());

    // "ExpertMeeting" is written "expert-meeting", as the data package writes its kinds.
    private static string Word(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
