using System;
using System.Collections.Generic;

namespace HangupGen.Generator.Model
{
    /// <summary>One of the hangup sources Plivo documents.</summary>
    /// <param name="Value">The value of the generated <c>HangupSource</c> member.</param>
    /// <param name="Name">The documented name, as sent in <c>HangupSource</c>.</param>
    /// <param name="Identifier">The C# member name.</param>
    /// <param name="Description">The documented description.</param>
    /// <param name="Aliases">Other spellings the documentation uses for the same source.</param>
    internal sealed record HangupSourceInfo(int Value, string Name, string Identifier, string Description, EquatableArray<string> Aliases);

    /// <summary>
    /// The eight documented hangup sources. They are fixed by Plivo, not read from the table: a
    /// table names them in its <c>sources</c> column and an unknown name is an error.
    /// </summary>
    internal static class HangupSourceCatalog
    {
        /// <summary>The sources in <c>HangupSource</c> value order; <c>Unknown</c> is 0 so that it is the default.</summary>
        public static IReadOnlyList<HangupSourceInfo> All { get; } = new[]
        {
            Source(0, "Unknown", "Unknown", "The source of the hangup could not be determined."),
            Source(1, "Caller", "Caller", "The call was hung up by the caller."),
            Source(2, "Call recipient", "CallRecipient", "The call was hung up by the individual who was dialed.", "Called party"),
            Source(3, "Plivo", "Plivo", "Plivo initiated the hangup. Several scenarios, detailed in the hangup causes below, can result in Plivo initiating a call hangup."),
            Source(4, "Carrier", "Carrier", "The hangup signal was received from the remote carrier."),
            Source(5, "API Request", "ApiRequest", "The call was terminated via the Hangup or Cancel Call API request."),
            Source(6, "Answer XML", "AnswerXml", "The call was hung up using the Hangup XML element."),
            Source(7, "Error", "Error", "An error condition led to the call being terminated."),
        };

        /// <summary>Finds a source by its documented name, identifier or alias, in any case.</summary>
        public static HangupSourceInfo? Find(string text)
        {
            foreach (HangupSourceInfo source in All)
            {
                if (string.Equals(source.Name, text, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(source.Identifier, text, StringComparison.OrdinalIgnoreCase))
                {
                    return source;
                }

                foreach (string alias in source.Aliases)
                {
                    if (string.Equals(alias, text, StringComparison.OrdinalIgnoreCase))
                    {
                        return source;
                    }
                }
            }

            return null;
        }

        private static HangupSourceInfo Source(int value, string name, string identifier, string description, params string[] aliases)
            => new HangupSourceInfo(value, name, identifier, description, aliases.ToEquatableArray());
    }
}
