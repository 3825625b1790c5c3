using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Text;

/// <summary>
/// JSON string values that <see cref="Utf8JsonReader.GetString"/> refuses: an escaped lone surrogate such as
/// <c>\udc09</c> (half of an emoji cut by a scraper) is valid JSON syntax but not valid UTF-16. Such a value is
/// unescaped here with U+FFFD for each lone half, and the halves are counted for the reader's warning.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The current string token's text; lone surrogate escapes become U+FFFD and are added to <paramref name="loneSurrogates"/>.</summary>
    public static string Read(ref Utf8JsonReader reader, ref int loneSurrogates)
    {
        if (!reader.ValueIsEscaped) return Encoding.UTF8.GetString(reader.ValueSpan);
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.ValueSpan, ref loneSurrogates);
        }
    }

    /// <summary>Unescapes the raw bytes of a JSON string the reader has already checked for syntax.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw, ref int loneSurrogates)
    {
        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            var backslash = raw.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                text.Append(Encoding.UTF8.GetString(raw));
                break;
            }
            text.Append(Encoding.UTF8.GetString(raw[..backslash]));
            var escape = raw[backslash + 1];
            raw = raw[(backslash + 2)..];
            if (escape != (byte)'u')
            {
                text.Append(escape switch
                {
                    (byte)'b' => '\b', (byte)'f' => '\f', (byte)'n' => '\n', (byte)'r' => '\r', (byte)'t' => '\t',
                    _ => (char)escape, // \" \\ \/
                });
                continue;
            }
            var unit = Hex(raw);
            raw = raw[4..];
            if (char.IsHighSurrogate(unit) && raw.Length >= 6 && raw[0] == (byte)'\\' && raw[1] == (byte)'u'
                && char.IsLowSurrogate(Hex(raw[2..])))
            {
                text.Append(unit).Append(Hex(raw[2..]));
                raw = raw[6..];
            }
            else if (char.IsSurrogate(unit))
            {
                text.Append('\uFFFD');
                loneSurrogates++;
            }
            else text.Append(unit);
        }
        return text.ToString();
    }

    private static char Hex(ReadOnlySpan<byte> four) =>
        Utf8Parser.TryParse(four[..4], out ushort value, out var consumed, 'x') && consumed == 4
            ? (char)value
            : throw new JsonException($"bad \\u escape '{Encoding.ASCII.GetString(four[..4])}'");
}
