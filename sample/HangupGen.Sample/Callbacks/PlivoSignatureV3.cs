using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HangupAnalysis.Callbacks;

/// <summary>
/// Plivo's request signature, version 3: the <c>X-Plivo-Signature-V3</c> header holds one or more
/// base64 HMAC-SHA256 signatures (comma-separated), made with the account's auth token over a base
/// string and the <c>X-Plivo-Signature-V3-Nonce</c> header.
/// </summary>
/// <remarks>
/// The base string is the URL Plivo called, as <c>scheme://host[:port]/path</c>, then:
/// <list type="bullet">
/// <item>for POST, <c>?</c> when the URL has a query or the body has parameters, the query's
/// parameters sorted by name as <c>name=value</c> joined with <c>&amp;</c>, a <c>.</c> when there are
/// both, and the body's parameters sorted by name as <c>namevalue</c> with nothing between;</item>
/// <item>for GET, the query's and the given parameters together, sorted, as <c>name=value</c>
/// joined with <c>&amp;</c>, after a <c>?</c> when there are any;</item>
/// </list>
/// then <c>.</c> and the nonce. Names sort ordinally; a name with several values gives one entry
/// per value, values sorted. This is what Plivo's server SDKs compute; the sample implements it on
/// the base class library only.
/// </remarks>
internal static class PlivoSignatureV3
{
    /// <summary>The header with the signatures.</summary>
    public const string SignatureHeader = "X-Plivo-Signature-V3";

    /// <summary>The header with the nonce the signatures cover.</summary>
    public const string NonceHeader = "X-Plivo-Signature-V3-Nonce";

    /// <summary>The text that is signed, before <c>.nonce</c>.</summary>
    public static string BuildBaseString(string method, Uri url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var builder = new StringBuilder();
        builder.Append(url.Scheme).Append("://").Append(url.Authority).Append(url.AbsolutePath);
        Dictionary<string, StringValues> query = QueryHelpers.ParseQuery(url.Query);
        List<KeyValuePair<string, StringValues>> body = parameters.ToList();

        if (string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            var all = new Dictionary<string, StringValues>(query, StringComparer.Ordinal);
            foreach ((string name, StringValues values) in body)
            {
                all[name] = all.TryGetValue(name, out StringValues existing) ? StringValues.Concat(existing, values) : values;
            }

            if (all.Count > 0)
            {
                builder.Append('?');
                AppendQueryStyle(builder, all);
            }

            return builder.ToString();
        }

        if (query.Count > 0 || body.Count > 0)
        {
            builder.Append('?');
        }

        AppendQueryStyle(builder, query);
        if (query.Count > 0 && body.Count > 0)
        {
            builder.Append('.');
        }

        foreach ((string name, string value) in Sorted(body))
        {
            builder.Append(name).Append(value);
        }

        return builder.ToString();
    }

    /// <summary>The signature Plivo would send: base64 of HMAC-SHA256(auth token, base string + "." + nonce).</summary>
    public static string Compute(string authToken, string baseString, string nonce)
    {
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(baseString + "." + nonce));
        return Convert.ToBase64String(hash);
    }

    /// <summary>
    /// Whether any of the comma-separated signatures in <paramref name="signatureHeader"/> is the one
    /// the auth token gives. Every candidate is compared in constant time, and all are compared.
    /// </summary>
    public static bool Verify(string authToken, string method, Uri url, IEnumerable<KeyValuePair<string, StringValues>> parameters, string nonce, string signatureHeader)
    {
        byte[] expected = Encoding.ASCII.GetBytes(Compute(authToken, BuildBaseString(method, url, parameters), nonce));
        bool matched = false;
        foreach (string candidate in signatureHeader.Split(',', StringSplitOptions.TrimEntries))
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(candidate));
        }

        return matched;
    }

    private static void AppendQueryStyle(StringBuilder builder, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        bool first = true;
        foreach ((string name, string value) in Sorted(parameters))
        {
            if (!first)
            {
                builder.Append('&');
            }

            builder.Append(name).Append('=').Append(value);
            first = false;
        }
    }

    private static IEnumerable<(string Name, string Value)> Sorted(IEnumerable<KeyValuePair<string, StringValues>> parameters)
        => parameters
            .OrderBy(parameter => parameter.Key, StringComparer.Ordinal)
            .SelectMany(parameter => parameter.Value.Select(value => value ?? string.Empty).Order(StringComparer.Ordinal).Select(value => (parameter.Key, value)));
}
