using System;
using System.Collections.Generic;
using System.Linq;

namespace HangupAnalysis.Commands;

/// <summary>A command's arguments: positional values and <c>--name value</c> (or <c>--name=value</c>) options.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options;

    private CommandArguments(IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    /// <summary>The values that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>The option's value, or <see langword="null"/> when it was not given.</summary>
    public string? Option(string name) => _options.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Parses <paramref name="args"/>, accepting only <paramref name="knownOptions"/> (without the dashes).</summary>
    /// <returns>The arguments, or <see langword="null"/> with <paramref name="error"/> set.</returns>
    public static CommandArguments? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> knownOptions, int maxPositional, out string? error)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            string name = arg[2..];
            string? value = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!knownOptions.Contains(name))
            {
                error = knownOptions.Count == 0
                    ? $"Unknown option --{name}: this command takes none."
                    : $"Unknown option --{name}; expected {string.Join(", ", knownOptions.Select(option => "--" + option))}.";
                return null;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"--{name} needs a value.";
                    return null;
                }

                value = args[++i];
            }

            options[name] = value;
        }

        if (positional.Count > maxPositional)
        {
            error = $"Unexpected argument '{positional[maxPositional]}'.";
            return null;
        }

        error = null;
        return new CommandArguments(positional, options);
    }
}
