using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Text;

/// <summary>
/// The fields of one JSONL article line, or why the line is not an article. <c>id</c> is a string or a number and
/// <c>text</c> a string (anything else skips the line); <c>title</c>, <c>date</c>, <c>url</c> and <c>source</c>
/// are strings or null (anything else is ignored, with a note). A field given twice keeps its last value, with a
/// note. Lone surrogate escapes become U+FFFD, with a note. Other fields are ignored.
/// </summary>
internal sealed record JsonlFields(string? Id, string? Title, string? Text, string? Date, string? Url, string? Source, string? Problem)
{
    private static readonly string[] Names = ["id", "title", "text", "date", "url", "source"];

    public static JsonlFields Parse(ReadOnlySpan<byte> json, ReadNotes notes)
    {
        var values = new string?[Names.Length];
        var seen = new bool[Names.Length];
        string? problem = null;
        var loneSurrogates = 0;
        var surrogateFields = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
                return new JsonlFields(null, null, null, null, null, null, $"not a JSON object ({Kind(reader.TokenType)}), skipped");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = -1;
                for (var i = 0; i < Names.Length && field < 0; i++)
                    if (reader.ValueTextEquals(Names[i])) field = i;
                reader.Read();
                if (field < 0)
                {
                    reader.Skip();
                    continue;
                }
                var name = Names[field];
                if (seen[field]) notes.Add($"\"{name}\" given twice, the last one kept");
                seen[field] = true;
                var before = loneSurrogates;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        values[field] = JsonStrings.Read(ref reader, ref loneSurrogates);
                        if (loneSurrogates > before) surrogateFields.Add($"\"{name}\"");
                        break;
                    case JsonTokenType.Number when name == "id":
                        values[field] = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.Null:
                        values[field] = null;
                        break;
                    default:
                        var kind = Kind(reader.TokenType);
                        reader.Skip();
                        values[field] = null;
                        if (name == "id") problem ??= $"\"id\" is {kind}, not a string or number, skipped";
                        else if (name == "text") problem ??= $"\"text\" is {kind}, not a string, skipped";
                        else notes.Add($"\"{name}\" is {kind}, not a string; ignored");
                        break;
                }
            }
            // Anything after the object (a second value on the line) is malformed.
            if (reader.Read()) throw new JsonException("more than one JSON value on the line");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return new JsonlFields(values[0], null, null, null, null, null, $"malformed JSON line ({Describe(e)}), skipped");
        }
        if (loneSurrogates > 0)
            notes.Add($"{TextDecoder.Count(loneSurrogates, "lone surrogate escape")} (half of a character pair) replaced with U+FFFD in {string.Join(", ", surrogateFields)}");
        var (id, text) = (values[0], values[2]);
        if (problem is null && string.IsNullOrWhiteSpace(id)) problem = "no \"id\", skipped";
        if (problem is null && text is null) problem = "no \"text\", skipped";
        return new JsonlFields(id, values[1], text, values[3], values[4], values[5], problem);
    }

    /// <summary>The article of a line without a problem; its date to YYYY-MM-DD, or empty with a note when kg cannot read it.</summary>
    public Article ToArticle(ReadNotes notes)
    {
        string? date = null;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            date = ArticleDates.Normalize(Date);
            if (date is null) notes.Add($"date «{Date.Trim()}» not understood ({ArticleDates.Understood}), left empty");
        }
        return new Article(Id!, Title ?? "", Text!, date, Empty(Url), Empty(Source));
    }

    /// <summary>A JSON error as "at byte N: what", without .NET's "LineNumber: 0 | BytePositionInLine" suffix.</summary>
    public static string Describe(Exception e)
    {
        var message = JsonlArticles.FirstLine(e.Message);
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        message = message.TrimEnd('.', ' ');
        return e is JsonException { BytePositionInLine: { } position } ? $"at byte {position + 1}: {message}" : message;
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "not a value",
    };

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
