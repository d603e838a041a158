using System.IO;

namespace HangupGen.Tests.Infrastructure;

/// <summary>Tables the tests generate from.</summary>
internal static class TestTables
{
    /// <summary>The repository's documented Plivo table.</summary>
    public static string Real => File.ReadAllText(TestPaths.RealTablePath);

    /// <summary>
    /// A small table with two categories, an alias, an identifier override, a quoted comma, a
    /// quoted quote and a quoted line break: the baseline for the emitters.
    /// </summary>
    public const string Small = """"
        code,name,identifier,aliases,category,range,description,next_steps,details,sources,call_types,call_states
        0,Unknown,,,Unknown,0,Hangup reason undetermined,Check call logs for context,,Unknown,Outbound and Inbound,Any
        3010,Busy Line,,Line Busy,Call Rejections,3000-3050,"Destination is busy, try again","Retry later or use ""voicemail""","A busy signal was received.

        Second paragraph with <xml> & ampersand.",Plivo; Carrier,Outbound and Inbound,Initiated
        3140,DNO Caller ID,DoNotOriginate,,Carrier Errors,3070-3140,Caller ID on Do Not Originate list,Use a different number,,Plivo,Outbound,Any
        """";
}
