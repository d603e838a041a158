using System;
using System.Collections.Generic;

namespace HangupAnalysis.Cdr;

/// <summary>
/// Remembers what a function gave for each distinct text, looked up by span: a million rows with a
/// few dozen distinct codes, names and sources resolve each text once and make no strings for the
/// rest. At most <c>capacity</c> texts are kept, so odd data cannot grow it without bound.
/// </summary>
internal sealed class SpanMemo<T>
{
    private readonly Func<string, T> _compute;
    private readonly int _capacity;
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Memoizes <paramref name="compute"/>.</summary>
    public SpanMemo(Func<string, T> compute, int capacity = 4096)
    {
        _compute = compute;
        _capacity = capacity;
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The function's value for <paramref name="text"/>.</summary>
    public T Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out T? value))
        {
            return value;
        }

        string key = text.ToString();
        value = _compute(key);
        if (_values.Count < _capacity)
        {
            _values[key] = value;
        }

        return value;
    }
}
