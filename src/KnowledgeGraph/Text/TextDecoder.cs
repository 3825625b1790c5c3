using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Text;

/// <summary>
/// Turns the bytes of a text into a string, deciding the encoding on evidence:
/// <list type="bullet">
/// <item>a UTF-8 or UTF-16 (LE/BE) byte-order mark wins;</item>
/// <item>otherwise, with an encoding given (<c>--encoding</c>), that encoding;</item>
/// <item>otherwise valid UTF-8 is UTF-8; text that is overwhelmingly UTF-8 (at least <see cref="Utf8Majority"/>
/// well-formed multi-byte characters per invalid byte: one bad byte, a file cut inside a character) is UTF-8
/// with U+FFFD for the bad bytes, and says how many; anything else is Windows-1256 (the code page Arabic sites
/// still serve), and says so.</item>
/// </list>
/// Bytes that look like a binary file (NUL or many control characters) are refused. Linear in the input.
/// </summary>
public static class TextDecoder
{
    /// <summary>
    /// Well-formed multi-byte UTF-8 characters needed per invalid byte to read a text as damaged UTF-8. Arabic in
    /// Windows-1256 read as UTF-8 has at most 0.05 of them per invalid byte (2,000 corpus articles re-encoded), a
    /// UTF-8 article with a few bad bytes hundreds; 4 sits far from both.
    /// </summary>
    public const int Utf8Majority = 4;

    /// <summary>A decoded text, the encoding it was read with, and a note when it was repaired or guessed (null text: binary).</summary>
    public readonly record struct Decoded(string? Text, string Encoding, string? Note = null)
    {
        public bool IsBinary => Text is null;
    }

    private static readonly Lazy<Encoding> LazyWindows1256 = new(() =>
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1256);
    });

    public static Encoding Windows1256 => LazyWindows1256.Value;

    /// <summary>UTF-8 that replaces each invalid sequence by U+FFFD instead of throwing.</summary>
    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>An encoding by name (utf-8, windows-1256, iso-8859-6, utf-16le, …); null when .NET knows no such name.</summary>
    public static Encoding? Named(string name)
    {
        _ = Windows1256; // registers the code-page encodings
        try { return System.Text.Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Whether an encoding keeps ASCII bytes as ASCII, so text in it can be split on '\n' bytes.</summary>
    public static bool IsAsciiCompatible(Encoding encoding) => encoding.CodePage is not (1200 or 1201 or 12000 or 12001);

    public static Decoded Decode(ReadOnlySpan<byte> bytes, Encoding? given = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Narrow(bytes[3..], System.Text.Encoding.UTF8);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Wide(bytes[2..], System.Text.Encoding.Unicode, "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Wide(bytes[2..], System.Text.Encoding.BigEndianUnicode, "UTF-16BE");
        if (given is not null && !IsAsciiCompatible(given)) return Wide(bytes, given, given.WebName);
        return Narrow(bytes, given);
    }

    private static Decoded Narrow(ReadOnlySpan<byte> bytes, Encoding? given)
    {
        if (LooksBinary(bytes)) return new Decoded(null, "binary");
        var (reading, note) = Choose(bytes, given);
        return reading switch
        {
            Reading.Given => new Decoded(given!.GetString(bytes), given.WebName),
            Reading.Windows1256 => new Decoded(Windows1256.GetString(bytes), "windows-1256", note),
            _ => new Decoded(ReplacingUtf8.GetString(bytes), "UTF-8", note),
        };
    }

    /// <summary>
    /// The bytes of one JSON line as valid UTF-8, decided as <see cref="Decode"/> decides a file (the BOM aside), with
    /// the note of a repair or a fallback. Returns the input itself when it is valid UTF-8 (the usual case, no copy).
    /// </summary>
    public static ReadOnlySpan<byte> ToUtf8(ReadOnlySpan<byte> bytes, Encoding? given, out string? note)
    {
        (var reading, note) = Choose(bytes, given);
        return reading switch
        {
            Reading.Utf8 => bytes,
            Reading.Given => System.Text.Encoding.UTF8.GetBytes(given!.GetString(bytes)),
            Reading.Windows1256 => System.Text.Encoding.UTF8.GetBytes(Windows1256.GetString(bytes)),
            _ => System.Text.Encoding.UTF8.GetBytes(ReplacingUtf8.GetString(bytes)),
        };
    }

    private enum Reading { Utf8, RepairedUtf8, Given, Windows1256 }

    private static (Reading Reading, string? Note) Choose(ReadOnlySpan<byte> bytes, Encoding? given)
    {
        if (given is not null && given.CodePage != 65001) return (Reading.Given, null);
        if (Utf8.IsValid(bytes)) return (Reading.Utf8, null);
        var evidence = Utf8Evidence.Of(bytes);
        if (given is not null || evidence.LooksUtf8)
            return (Reading.RepairedUtf8, $"{Count(evidence.InvalidBytes, "invalid UTF-8 byte")} replaced with U+FFFD");
        return (Reading.Windows1256,
            $"not UTF-8 ({Count(evidence.InvalidBytes, "invalid byte")}), read as Windows-1256; give --encoding if it is another encoding");
    }

    private static Decoded Wide(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        var text = encoding.GetString(bytes);
        return LooksBinary(text) ? new Decoded(null, "binary") : new Decoded(text, name);
    }

    /// <summary>"1 invalid byte", "3 invalid bytes".</summary>
    public static string Count(long n, string what) => n == 1 ? $"1 {what}" : $"{n:N0} {what}s";

    /// <summary>How much of a byte string is well-formed multi-byte UTF-8 and how much is not.</summary>
    private readonly record struct Utf8Evidence(long MultiByte, long InvalidBytes)
    {
        public bool LooksUtf8 => MultiByte > 0 && MultiByte >= Utf8Majority * InvalidBytes;

        public static Utf8Evidence Of(ReadOnlySpan<byte> bytes)
        {
            long multiByte = 0, invalid = 0;
            while (!bytes.IsEmpty)
            {
                var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                if (ascii < 0) break;
                bytes = bytes[ascii..];
                var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
                if (status == OperationStatus.Done) multiByte++;
                else invalid += consumed;
                bytes = bytes[consumed..];
            }
            return new Utf8Evidence(multiByte, invalid);
        }
    }

    /// <summary>
    /// A NUL byte, or more than 1 control character in 100 (tab, line feed, carriage return and form feed excepted),
    /// within the first 8 KB. Text files in any 8-bit or UTF-8 encoding of Arabic have neither.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) control++;
        }
        return control * 100 > sample.Length;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) control++;
        }
        return control * 100 > sample.Length;
    }
}
