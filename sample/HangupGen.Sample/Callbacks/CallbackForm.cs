using System;
using System.Collections.Generic;
using System.Linq;
using HangupAnalysis.Hangups;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace HangupAnalysis.Callbacks;

/// <summary>Reads the fields of a posted form and collects what is wrong with them, so one 400 names every bad field.</summary>
internal sealed class CallbackForm
{
    private readonly IFormCollection _form;
    private readonly List<FieldProblem> _problems = new();

    /// <summary>Reads <paramref name="form"/>.</summary>
    public CallbackForm(IFormCollection form) => _form = form;

    /// <summary>What is wrong so far.</summary>
    public IReadOnlyList<FieldProblem> Problems => _problems;

    /// <summary>The trimmed value, or <see langword="null"/> when the field is absent or empty. A field sent twice is a problem.</summary>
    public string? Optional(string field)
    {
        if (!_form.TryGetValue(field, out StringValues values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            _problems.Add(new FieldProblem(field, $"{field} was sent {values.Count} times; it must be sent once."));
            return null;
        }

        string value = values[0]?.Trim() ?? string.Empty;
        return value.Length == 0 ? null : value;
    }

    /// <summary>The trimmed value; an absent or empty field is a problem.</summary>
    public string Required(string field)
    {
        int problemsBefore = _problems.Count;
        string? value = Optional(field);
        if (value is null && _problems.Count == problemsBefore)
        {
            _problems.Add(new FieldProblem(field, $"{field} is missing."));
        }

        return value ?? string.Empty;
    }

    /// <summary>The value in lower case, when it is one of <paramref name="allowed"/> (in any case); anything else is a problem.</summary>
    public string? OneOf(string field, IReadOnlyCollection<string> allowed)
    {
        string? value = Optional(field);
        if (value is null)
        {
            return null;
        }

        if (allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return value.ToLowerInvariant();
        }

        _problems.Add(new FieldProblem(field, $"{field} '{value}' is not one of {string.Join(", ", allowed)}."));
        return null;
    }

    /// <summary>Adds a problem found by a parser, if any.</summary>
    public void Add(FieldProblem? problem)
    {
        if (problem is not null)
        {
            _problems.Add(problem);
        }
    }
}
