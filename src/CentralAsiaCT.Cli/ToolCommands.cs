using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using CentralAsiaCT.Reporting;
using NodaTime;
using NodaTime.Text;

namespace CentralAsiaCT.Cli;

/// <summary>
/// The commands of <c>centralasia-ct</c>. Exit codes: 0 found (or valid), 1 nothing found (or the package is invalid),
/// 2 bad input, with the message on standard error; 3 a fault of the tool itself, in one line, never a stack trace.
/// </summary>
internal sealed partial class ToolCommands
{
    public const int Found = 0;
    public const int NothingFound = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    private readonly CentralAsiaData _data;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "How to write the result.",
        DefaultValueFactory = _ => "table",
    };

    private readonly Option<bool> _wide = new("--wide")
    {
        Description = "In a terminal, every cell whole on one line instead of a table that fits the terminal's width.",
    };

    private readonly Option<bool> _quotes = new("--quotes")
    {
        Description = "After the table, the words each source of its rows is cited for (JSON gives them with each row).",
    };

    private readonly Option<string> _language;

    private readonly Option<string?> _package = new("--package")
    {
        Description = "A data package to answer from (a folder with datapackage.json, or a .zip of one) instead of the edition built into the tool: a newer edition, or one you extended.",
        HelpName = "folder or .zip",
    };

    // Set when the answer comes from --package, so that the edition given is read once.
    private readonly bool _fromPackage;

    // The terminal's width, or null when the output is not a terminal (redirected to a file or a pipe: whole cells).
    private readonly int? _width;

    private ToolCommands(CentralAsiaData data, TextWriter output, TextWriter error, int? width, bool fromPackage = false)
    {
        _fromPackage = fromPackage;
        _data = data;
        _output = output;
        _error = error;
        _width = width;

        // The languages offered are those the data holds names in, so that a new edition brings its own.
        var languages = data.States.Concat<Entity>(data.Organisations).SelectMany(e => e.Names).Select(n => n.Language).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        _language = new Option<string>("--lang", "-l")
        {
            Description = $"The language of the names: {string.Join(", ", languages)}.",
            DefaultValueFactory = _ => "en",
        };
        _language.AcceptOnlyFromAmong(languages);
        _format.AcceptOnlyFromAmong(Enum.GetNames<OutputFormat>().Select(f => f.ToLowerInvariant()).ToArray());
    }

    /// <summary>Parses and runs one command line against <paramref name="data"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="data">The edition to answer from.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where the tool's own failures and bad input are told.</param>
    /// <param name="width">The terminal's width in characters, for tables that fit it; <see langword="null"/> when the
    /// output is not a terminal.</param>
    public static int Run(string[] args, CentralAsiaData data, TextWriter output, TextWriter error, int? width = null) =>
        new ToolCommands(data, output, error, width).Run(args);

    private int Run(string[] args)
    {
        var root = new RootCommand("centralasia-ct: the UN Global Counter-Terrorism Strategy in Central Asia, typed and sourced. Exit codes: 0 found, 1 nothing found, 2 bad input, 3 internal error.")
        {
            Overview(), States(), Status(), Plans(), Declarations(), Reviews(), Phases(), Events(), Organisations(), Members(), Memberships(), Find(), Sources(), Errata(), Export(), Validate(), Diff(),
        };
        foreach (var command in root.Subcommands.Where(c => c.Name is not ("validate" or "diff")))
        {
            command.Options.Add(_package);
        }

        foreach (var query in root.Subcommands.Where(c => c.Name is not ("overview" or "export" or "validate")))
        {
            // One option object may belong to several commands; --format of export is its own.
            query.Options.Add(_format);
            query.Options.Add(_wide);
            query.Options.Add(_quotes);

            // D19: --lang only where names are shown; elsewhere it is refused rather than silently ignored.
            if (query.Name is not ("reviews" or "errata" or "diff"))
            {
                query.Options.Add(_language);
            }
        }

        if (args.Length == 0)
        {
            // N9: no command is bad input; say which there are rather than that one is "required".
            _error.WriteLine($"Give a command: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            _error.WriteLine("Try 'centralasia-ct --help'.");
            return BadInput;
        }

        if (!args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
        {
            _error.WriteLine(Suggestion(args[0], root.Subcommands.Select(c => c.Name)));
            _error.WriteLine("Try 'centralasia-ct --help'.");
            return BadInput;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                _error.WriteLine(problem.Message);
            }

            // The help of the command that was being given, where one was.
            var given = parsed.CommandResult.Command;
            _error.WriteLine(ReferenceEquals(given, root) ? "Try 'centralasia-ct --help'." : $"Try 'centralasia-ct {given.Name} --help'.");
            return BadInput;
        }

        if (!_fromPackage && parsed.CommandResult.Command.Options.Contains(_package) && parsed.GetValue(_package) is { } package)
        {
            return FromPackage(package, args);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = _output, Error = _error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Validation.DataPackageException)
        {
            // A folder that cannot be written, a file that cannot be read: one line that says so, never a stack trace.
            _error.WriteLine($"centralasia-ct: {FirstLine(e.Message)}");
            return BadInput;
        }
        catch (Exception e)
        {
            // A fault of the tool itself: still one line, never a stack trace, so that hostile input cannot make the
            // tool dump its internals; the exception's type tells a report where to look.
            _error.WriteLine($"centralasia-ct: internal error ({e.GetType().Name}): {FirstLine(e.Message)}; please report it");
            return InternalError;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return Quote(end < 0 ? message : message.Substring(0, end));
    }

    private Command Overview()
    {
        var command = new Command("overview", "The Strategy's reviews, the phases, the timeline of the project from 2010 and the states with their status towards each Joint Plan of Action, with sources.");
        command.SetAction(_ =>
        {
            using var text = new StringWriter();
            Cli.Overview.Write(_data, text);
            WriteLines(text.ToString());
            return Found;
        });
        return command;
    }

    private Command States()
    {
        var status = new Option<string?>("--status") { Description = "Only the states with this status towards the Joint Plan of Action in force on the day of --on." };
        status.AcceptOnlyFromAmong("adopted", "observer", "none", "unknown");
        var on = DateOption("--on", "The day (yyyy-MM-dd): show only the plan in force that day and each state's status then, with the days it holds; with --status and no --on, today (UTC).");
        var command = new Command("states", "The states and their status towards each Joint Plan of Action, or towards the plan in force on a day.") { status, on };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(status);
            var given = parsed.GetValue(on);
            if (wanted is null && given is null)
            {
                return Write(parsed, _data.Reports.StatesTable(parsed.GetValue(_language)!));
            }

            // A day asked about answers for that day only: the plan then in force, and the sources of that answer.
            var day = given ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            if (_data.Plans.InForceOn(day) is not { } plan)
            {
                _error.WriteLine($"No Joint Plan of Action was in force on {LocalDatePattern.Iso.Format(day)}.");
                return NothingFound;
            }

            IEnumerable<State> states = wanted is null ? _data.States : plan.StatesWith(Enum.Parse<JointPlanStatus>(wanted, ignoreCase: true), day);
            return Write(parsed, _data.Reports.StatesTableOn(states, day, parsed.GetValue(_language)!));
        });
        return command;
    }

    private Command Status()
    {
        var state = new Argument<string>("state") { Description = "A code or name of the state, in any language the data holds." };
        var on = DateOption("--on", "The day (yyyy-MM-dd); today (UTC) when not given.");
        var command = new Command("status", "Where a state stands on a day towards the Joint Plan of Action in force that day, with sources and grade.") { state, on };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(state)!;
            if (IsBlank(text, "the name or code of a state"))
            {
                return BadInput;
            }

            if (!_data.States.TryGet(text, out var found))
            {
                var candidates = _data.States.Search(text).Where(m => m.IsExact).Select(m => m.Entity.Id).Distinct().ToList();
                _error.WriteLine(candidates.Count > 1
                    ? $"\"{Quote(text)}\" may mean {string.Join(" or ", candidates)}: give one of these codes."
                    : $"No state of the data is called \"{Quote(text)}\"; try 'centralasia-ct find'.");
                return candidates.Count > 1 ? BadInput : NothingFound;
            }

            var day = parsed.GetValue(on) ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            var dayText = LocalDatePattern.Iso.Format(day);
            var status = _data.Plans.StatusOn(found, day);
            if (status is null)
            {
                _error.WriteLine($"No Joint Plan of Action was in force on {dayText}: the first was adopted on {LocalDatePattern.Iso.Format(_data.Plans.Min(p => p.AdoptedOn.First))}.");
                return NothingFound;
            }

            var until = status.Until is { } last ? LocalDatePattern.Iso.Format(last) : null;
            ImmutableArray<FactRow> rows = [new FactRow([found.Alpha3, NameIn(found, parsed.GetValue(_language)!), dayText, status.Plan.Id, status.Status.ToString().ToLowerInvariant(), LocalDatePattern.Iso.Format(status.From), until], status.Provenance)];
            return Write(parsed, new FactTable($"{found.Alpha3} and the Joint Plan of Action in force on {dayText}", ["State", "Name", "On", "Plan", "Status", "From", "Until"], rows)
            {
                Fields = ["alpha3", "name", "on", "plan_id", "status", "from", "until"],
            });
        });
        return command;
    }

    private Command Plans()
    {
        var command = new Command("plans", "The Joint Plans of Action: when and where each was adopted, the plan it updates, its parties and observers.");
        command.SetAction(parsed => Write(parsed, _data.Reports.PlansTable(parsed.GetValue(_language)!)));
        return command;
    }

    private Command Declarations()
    {
        var command = new Command("declarations", "The declarations of 2011, 2017 and 2022: when and where each was adopted, and who supported it, with sources.");
        command.SetAction(parsed => Write(parsed, _data.Reports.DeclarationsTable(parsed.GetValue(_language)!)));
        return command;
    }

    private Command Reviews()
    {
        var command = new Command("reviews", "The Strategy's reviews by the General Assembly: resolution, date and how adopted, absent where no source gives them.");
        command.SetAction(parsed => Write(parsed, _data.Reports.ReviewsTable()));
        return command;
    }

    private Command Phases()
    {
        var command = new Command("phases", "The phases of the project: launch, closing, funders, implementers and events.");
        command.SetAction(parsed => Write(parsed, _data.Reports.PhasesTable(parsed.GetValue(_language)!)));
        return command;
    }

    private Command Organisations()
    {
        var command = new Command("organisations", "The organisations and every role each took, with sources.");
        command.SetAction(parsed => Write(parsed, _data.Reports.OrganisationsTable(parsed.GetValue(_language)!)));
        return command;
    }

    private Command Find()
    {
        var name = new Argument<string>("name") { Description = "A name, acronym, code or ID, in any language the data holds; one typo is forgiven." };
        var command = new Command("find", "Every entity a name may mean, and how it matched.") { name };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(name)!;
            if (IsBlank(text, "a name, code or ID"))
            {
                return BadInput;
            }

            var rows = _data.Entities.Search(text).Select(m => new FactRow(
                ImmutableArray.Create<string?>(m.Entity.Id, Word(m.Entity.GetType().Name), Word(m.Kind), m.MatchedText, m.Name is null ? null : $"{m.Name.Language} {m.Name.Kind}".ToLowerInvariant()),
                m.Name?.Provenance ?? m.Entity.Provenance)).ToImmutableArray();
            return Write(parsed, new FactTable($"Candidates for \"{text}\"", ImmutableArray.Create("ID", "Kind", "Match", "Matched text", "Name"), rows));
        });
        return command;
    }

    private Command Sources()
    {
        var entity = new Argument<string>("entity") { Description = "An ID or a name of a state, organisation, place, event or pillar." };
        var command = new Command("sources", "Every source cited by a fact about one entity, and for which facts.") { entity };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(entity)!;
            if (IsBlank(text, "an ID or a name"))
            {
                return BadInput;
            }

            if (_data.Entities.TryGet(text, out var found))
            {
                return Write(parsed, _data.Reports.SourcesTableOf(found));
            }

            var matches = _data.Entities.Search(text).Where(m => m.IsExact).ToList();
            var best = matches.Where(m => m.Kind == matches.FirstOrDefault()?.Kind).Select(m => m.Entity).Distinct().ToList();
            switch (best.Count)
            {
                case 0:
                    _error.WriteLine($"Nothing in the data is called \"{Quote(text)}\"; try 'centralasia-ct find'.");
                    return NothingFound;
                case 1:
                    return Write(parsed, _data.Reports.SourcesTableOf(best[0]));
                default:
                    _error.WriteLine($"\"{Quote(text)}\" may mean {string.Join(" or ", best.Select(e => e.Id))}: give one of these IDs.");
                    return BadInput;
            }
        });
        return command;
    }

    private Command Errata()
    {
        var command = new Command("errata", "The claims of sources that the data does not take, with the value taken and the evidence.");
        command.SetAction(parsed => Write(parsed, _data.Reports.ErrataTable()));
        return command;
    }
}
