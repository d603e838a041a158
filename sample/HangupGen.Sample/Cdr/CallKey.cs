using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HangupAnalysis.Cdr;

/// <summary>
/// A call's <c>call_uuid</c> in 16 bytes, so duplicate detection over a million rows keeps no strings:
/// a UUID in its canonical lower-case form is its own 128 bits; any other text is its MD5 hash (a
/// collision between two different call ids is as unlikely as between two random UUIDs).
/// </summary>
internal readonly struct CallKey : IEquatable<CallKey>
{
    private const int StackLimit = 256;
    private readonly ulong _high;
    private readonly ulong _low;

    private CallKey(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    /// <summary>The key of a (trimmed, non-empty) call id.</summary>
    public static CallKey From(ReadOnlySpan<char> callUuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (callUuid.Length == 36 && callUuid.IndexOfAnyInRange('A', 'F') < 0 && Guid.TryParseExact(callUuid, "D", out Guid guid))
        {
            guid.TryWriteBytes(bytes, bigEndian: true, out _);
        }
        else
        {
            int length = Encoding.UTF8.GetMaxByteCount(callUuid.Length);
            byte[]? rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
            Span<byte> utf8 = rented ?? stackalloc byte[StackLimit];
            int written = Encoding.UTF8.GetBytes(callUuid, utf8);
            MD5.HashData(utf8[..written], bytes);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return new CallKey(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    /// <inheritdoc/>
    public bool Equals(CallKey other) => _high == other._high && _low == other._low;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CallKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_high, _low);
}
