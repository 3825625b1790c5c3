using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace KnowledgeGraph.Text;

/// <summary>
/// Streams articles from JSON lines (<c>{"id", "title", "text", "date"?, "url"?, "source"?}</c>, other fields
/// ignored). One line is in memory at a time and lines longer than <see cref="ReaderOptions.MaxInputBytes"/> are
/// skipped without being kept, so a file of any size reads in constant memory. A UTF-8 or UTF-16 byte-order mark
/// is honoured; a line that is not valid UTF-8 is read as Windows-1256. Blank lines are ignored; every other line
/// that is not an article becomes a diagnostic with its line number, and reading goes on.
/// </summary>
public static class JsonlArticles
{
    public static IEnumerable<ReadItem> Read(Stream stream, string path, ReaderOptions options)
    {
        var input = SkipByteOrderMark(stream);
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(1 << 12);
        long lineNumber = 0;
        long lineBytes = 0;
        var tooLong = false;
        int read;
        var start = 0;
        var end = 0;
        while (true)
        {
            if (start == end)
            {
                read = input.Read(buffer, 0, buffer.Length);
                if (read == 0) break;
                (start, end) = (0, read);
            }
            var chunk = buffer.AsSpan(start, end - start);
            var newline = chunk.IndexOf((byte)'\n');
            var part = newline < 0 ? chunk : chunk[..newline];
            lineBytes += part.Length;
            if (!tooLong)
            {
                if (line.WrittenCount + part.Length > options.MaxInputBytes) tooLong = true;
                else line.Write(part);
            }
            if (newline < 0)
            {
                start = end;
                continue;
            }
            start += newline + 1;
            lineNumber++;
            var item = Line(line.WrittenSpan, tooLong, lineBytes + 1, path, lineNumber, options);
            line.ResetWrittenCount();
            (lineBytes, tooLong) = (0, false);
            if (item is not null) yield return item;
        }
        if (lineBytes > 0)
        {
            var item = Line(line.WrittenSpan, tooLong, lineBytes, path, lineNumber + 1, options);
            if (item is not null) yield return item;
        }
    }

    private static Stream SkipByteOrderMark(Stream stream)
    {
        var head = new byte[3];
        var n = 0;
        while (n < 3)
        {
            var r = stream.Read(head, n, 3 - n);
            if (r == 0) break;
            n += r;
        }
        var prefix = head.AsSpan(0, n);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return stream;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var wide = prefix[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var rest = new ConcatStream(head.AsMemory(2, n - 2), stream);
            return Encoding.CreateTranscodingStream(rest, wide, Encoding.UTF8);
        }
        return new ConcatStream(head.AsMemory(0, n), stream);
    }

    private static ReadItem? Line(ReadOnlySpan<byte> raw, bool tooLong, long bytes, string path, long lineNumber, ReaderOptions options)
    {
        if (tooLong)
            return Skip($"line longer than {InputDiagnostic.Size(options.MaxInputBytes)}, skipped");
        var trimmed = raw.Trim(" \t\r\f"u8);
        if (trimmed.IsEmpty) return null;
        byte[]? converted = null;
        if (!Utf8.IsValid(trimmed))
            converted = Encoding.UTF8.GetBytes(TextDecoder.Windows1256.GetString(trimmed));
        var json = converted ?? trimmed;
        try
        {
            var article = Parse(json, out var problem, out var id);
            if (article is null) return Skip(problem!, id);
            if (article.Text.Length + article.Title.Length > options.MaxArticleChars)
                return Skip($"text of {article.Text.Length:N0} characters is over the {options.MaxArticleChars:N0} limit, skipped", article.Id);
            return ReadItem.Read(article, bytes, path, lineNumber);
        }
        catch (JsonException e)
        {
            return Skip($"malformed JSON line ({FirstLine(e.Message)}), skipped");
        }

        ReadItem Skip(string message, string? id = null) =>
            ReadItem.Skipped(new InputDiagnostic(path, lineNumber, id, message), bytes);
    }

    private static Article? Parse(ReadOnlySpan<byte> json, out string? problem, out string? id)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        (problem, id) = (null, null);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            problem = "not a JSON object, skipped";
            return null;
        }
        string? title = null, text = null, date = null, url = null, source = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var escaped = reader.ValueIsEscaped;
            reader.Read();
            if (escaped) { reader.Skip(); continue; }
            if (name.SequenceEqual("id"u8)) id = Scalar(ref reader);
            else if (name.SequenceEqual("title"u8)) title = Scalar(ref reader);
            else if (name.SequenceEqual("text"u8)) text = Scalar(ref reader);
            else if (name.SequenceEqual("date"u8)) date = Scalar(ref reader);
            else if (name.SequenceEqual("url"u8)) url = Scalar(ref reader);
            else if (name.SequenceEqual("source"u8)) source = Scalar(ref reader);
            else reader.Skip();
        }
        // Anything after the object (a second value on the line) is malformed.
        if (reader.Read()) throw new JsonException("more than one JSON value on the line");
        if (string.IsNullOrWhiteSpace(id)) problem = "no \"id\", skipped";
        else if (text is null) problem = "no \"text\", skipped";
        if (problem is not null) return null;
        return new Article(id!, title ?? "", text!, Empty(date), Empty(url), Empty(source));
    }

    /// <summary>A string or number value as text; objects and arrays are skipped (null).</summary>
    private static string? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Number: return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.StartObject or JsonTokenType.StartArray: reader.Skip(); return null;
            default: return null;
        }
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string FirstLine(string message)
    {
        var cut = message.IndexOfAny(['\r', '\n']);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>Bytes already read from the start of a stream, then the rest of the stream.</summary>
    private sealed class ConcatStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _head = head;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_head.IsEmpty) return rest.Read(buffer);
            var n = Math.Min(buffer.Length, _head.Length);
            _head.Span[..n].CopyTo(buffer);
            _head = _head[n..];
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
