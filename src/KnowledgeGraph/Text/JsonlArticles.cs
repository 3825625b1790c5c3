using System.Buffers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Text;

/// <summary>
/// Streams articles from JSON lines (<c>{"id", "title", "text", "date"?, "url"?, "source"?}</c>, other fields
/// ignored). One line is in memory at a time and lines longer than <see cref="ReaderOptions.MaxInputBytes"/> are
/// skipped without being kept, so a file of any size reads in constant memory. A UTF-8 or UTF-16 byte-order mark
/// is honoured; otherwise each line's encoding is decided on its own evidence (<see cref="TextDecoder"/>), or is
/// the one given with <c>--encoding</c>. Blank lines are ignored. A line that is not an article becomes a
/// diagnostic with its line number; a line read with a repair (bad bytes, a lone surrogate escape, a date kg
/// cannot read, a field of the wrong type) becomes an article with one warning that lists them all; reading goes on.
/// </summary>
public static class JsonlArticles
{
    public static IEnumerable<ReadItem> Read(Stream stream, string path, ReaderOptions options)
    {
        var (input, lineEncoding) = Utf8Lines(stream, options.Encoding);
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
            var item = Line(line.WrittenSpan, tooLong, lineBytes + 1, path, lineNumber, options, lineEncoding);
            line.ResetWrittenCount();
            (lineBytes, tooLong) = (0, false);
            if (item is not null) yield return item;
        }
        if (lineBytes > 0)
        {
            var item = Line(line.WrittenSpan, tooLong, lineBytes, path, lineNumber + 1, options, lineEncoding);
            if (item is not null) yield return item;
        }
    }

    /// <summary>
    /// The stream as bytes that can be split on '\n', and the encoding of its lines (null: decide per line): after a
    /// UTF-8 BOM, UTF-8; UTF-16 (by its BOM, or given with <c>--encoding</c>) is transcoded to UTF-8.
    /// </summary>
    private static (Stream Lines, Encoding? Encoding) Utf8Lines(Stream stream, Encoding? given)
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
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (stream, Encoding.UTF8);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var wide = prefix[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (Encoding.CreateTranscodingStream(new ConcatStream(head.AsMemory(2, n - 2), stream), wide, Encoding.UTF8), Encoding.UTF8);
        }
        var rest = new ConcatStream(head.AsMemory(0, n), stream);
        return given is not null && !TextDecoder.IsAsciiCompatible(given)
            ? (Encoding.CreateTranscodingStream(rest, given, Encoding.UTF8), Encoding.UTF8)
            : (rest, given);
    }

    /// <summary>One line as an article, a skip diagnostic, or null when blank. Nothing in a line makes it throw.</summary>
    private static ReadItem? Line(ReadOnlySpan<byte> raw, bool tooLong, long bytes, string path, long lineNumber,
        ReaderOptions options, Encoding? encoding)
    {
        if (tooLong)
            return Skip($"line longer than {InputDiagnostic.Size(options.MaxInputBytes)}, skipped", null, null);
        var trimmed = raw.Trim(" \t\r\f"u8);
        if (trimmed.IsEmpty) return null;
        var notes = new ReadNotes();
        var json = TextDecoder.ToUtf8(trimmed, encoding, out var encodingNote);
        notes.Add(encodingNote);
        var fields = JsonlFields.Parse(json, notes);
        if (fields.Problem is { } problem) return Skip(problem, fields.Id, notes.Text);
        var article = fields.ToArticle(notes);
        if (article.Text.Length + article.Title.Length > options.MaxArticleChars)
            return Skip($"text of {article.Text.Length:N0} characters is over the {options.MaxArticleChars:N0} limit, skipped", article.Id, null);
        var item = ReadItem.Read(article, bytes, path, lineNumber);
        return notes.Text is { } warning ? item with { Warning = new InputDiagnostic(path, lineNumber, article.Id, warning) } : item;

        ReadItem Skip(string message, string? id, string? alsoNoted) =>
            ReadItem.Skipped(new InputDiagnostic(path, lineNumber, id, alsoNoted is null ? message : $"{message}; also {alsoNoted}"), bytes);
    }

    internal static string FirstLine(string message)
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
