using System.Collections.Generic;
using System.Text.Json.Serialization;
using HangupGen.Tests.PublicTypes;

namespace HangupGen.Tests.Json;

/// <summary>A hangup callback as an application would bind it, with every generated type as a property.</summary>
public sealed class HangupCallback
{
    public HangupCause HangupCauseCode { get; set; }

    public HangupCause? HangupCauseName { get; set; }

    public HangupSource HangupSource { get; set; }

    public HangupCategory Category { get; set; }

    public CallStatus CallStatus { get; set; }

    public DialStatus DialStatus { get; set; }

    public TelephonyCause DialHangupCause { get; set; }

    public HangupReason? HangupReason { get; set; }

    public Dictionary<HangupCause, int>? CallsByCause { get; set; }
}

/// <summary>A hangup code as received, kept whether or not the table documents it.</summary>
public sealed class ReceivedHangupCode
{
    public HangupCode Code { get; set; }

    public HangupCode? PreviousCode { get; set; }
}

/// <summary>
/// A source-generated serializer context, as an AOT application declares one: it must pick up the
/// generated converters by itself. Its types come from a referenced project: System.Text.Json's
/// source generator does not see the types another generator adds to the same compilation (SYSLIB1030).
/// </summary>
[JsonSerializable(typeof(HangupCallback))]
[JsonSerializable(typeof(HangupCause))]
[JsonSerializable(typeof(HangupCause?))]
[JsonSerializable(typeof(ReceivedHangupCode))]
[JsonSerializable(typeof(HangupCode))]
[JsonSerializable(typeof(HangupCode?))]
[JsonSerializable(typeof(Dictionary<HangupCode, int>))]
[JsonSerializable(typeof(HangupSource))]
[JsonSerializable(typeof(HangupCategory))]
[JsonSerializable(typeof(CallStatus))]
[JsonSerializable(typeof(DialStatus))]
[JsonSerializable(typeof(TelephonyCause))]
[JsonSerializable(typeof(HangupReason))]
[JsonSerializable(typeof(Dictionary<HangupSource, int>))]
[JsonSerializable(typeof(Dictionary<CallStatus, int>))]
internal sealed partial class HangupCallbackJsonContext : JsonSerializerContext;
