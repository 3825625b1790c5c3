using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Text;

/// <summary>
/// Turns the bytes of a text file into a string: a UTF-8 or UTF-16 (LE/BE) byte-order mark wins; otherwise valid
/// UTF-8 is UTF-8 and anything else is Windows-1256, the code page Arabic sites still serve. Bytes that look like
/// a binary file (NUL or many control characters) are refused. Linear in the input.
/// </summary>
public static class TextDecoder
{
    /// <summary>A decoded text and the name of the encoding it was read with, or null text for binary content.</summary>
    public readonly record struct Decoded(string? Text, string Encoding)
    {
        public bool IsBinary => Text is null;
    }

    private static readonly Lazy<Encoding> LazyWindows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    });

    public static Encoding Windows1256 => LazyWindows1256.Value;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Narrow(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Wide(bytes[2..], Encoding.Unicode, "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Wide(bytes[2..], Encoding.BigEndianUnicode, "UTF-16BE");
        return Narrow(bytes);
    }

    private static Decoded Narrow(ReadOnlySpan<byte> bytes) =>
        LooksBinary(bytes) ? new Decoded(null, "binary")
        : Utf8.IsValid(bytes) ? new Decoded(StrictUtf8.GetString(bytes), "UTF-8")
        : new Decoded(Windows1256.GetString(bytes), "windows-1256");

    private static Decoded Wide(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        var text = encoding.GetString(bytes);
        return LooksBinary(text) ? new Decoded(null, "binary") : new Decoded(text, name);
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
