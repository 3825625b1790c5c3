using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>
/// A bounded, seeded fuzz of `kg build`: a few thousand generated JSONL lines and a few dozen files, made of real
/// seed words decorated the way scraped Arabic news is (direction and zero-width marks, tatweel, presentation forms,
/// Arabic-Indic digits, emoji, very long tokens), a known share of them broken (lone surrogate escapes, invalid or
/// cut UTF-8, cut JSON, values of the wrong type, repeated ids, dates kg cannot read). kg must not crash, must
/// warn exactly once about each broken line or file and never about a sound one, and must write outputs that parse.
/// </summary>
[TestClass]
public sealed class FuzzBuildTests
{
    private const int Seed = 20251201;
    private const int JsonLines = 3000;
    private const int Files = 60;

    private enum Fault
    {
        None, LoneSurrogate, InvalidBytes, SurrogateBytes, CutJson, NotAnObject, TextNotString, NoId, RepeatedId,
        BadDate, TitleNotString, SurrogateAndBadDate,
        /// <summary>Files only: NUL bytes.</summary>
        Binary,
    }

    private sealed class Generator(Random random, string[] words)
    {
        private static readonly string[] Marks = ["\u200F", "\u200E", "\u202B", "\u202C", "\u2067", "\u2069", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u061C"];

        public string Word() => words[random.Next(words.Length)];

        /// <summary>Seed words with the decorations of scraped text; valid UTF-16 throughout.</summary>
        public string Text(int words)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < words; i++)
            {
                if (i > 0) sb.Append(' ');
                var word = Word();
                switch (random.Next(14))
                {
                    case 0: word = string.Join('\u0640', word.ToCharArray()); break;            // tatweel inside
                    case 1: word = Marks[random.Next(Marks.Length)] + word; break;               // direction / zero-width mark
                    case 2: word = new string(word.Select(c => c is >= '\u0621' and <= '\u064A' ? (char)(0xFE80 + (c - 0x0621) * 2 % 0x7C) : c).ToArray()); break;
                    case 3: word = random.Next(1, 31).ToString().Select(d => (char)('\u0660' + (d - '0'))).Aggregate("", (a, c) => a + c); break;
                    case 4: word += "😀"; break;
                    case 5 when random.Next(40) == 0: word = new string(word[0], random.Next(20_000, 120_000)); break; // a very long token
                }
                sb.Append(word);
            }
            return sb.ToString() + ".";
        }

        public string Date() => random.Next(5) switch
        {
            0 => $"{random.Next(2000, 2030)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
            1 => $"{random.Next(1, 29):00}/{random.Next(1, 13):00}/{random.Next(2000, 2030)}",
            2 => $"{random.Next(2000, 2030)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}T{random.Next(24):00}:{random.Next(60):00}:00Z",
            3 => $"{random.Next(2000, 2030)}/{random.Next(1, 13):00}/{random.Next(1, 29):00}",
            _ => $"{random.Next(1, 29)}/{random.Next(1, 13)}/{random.Next(2000, 2030)} {random.Next(24):00}:{random.Next(60):00}",
        };

        public string BadDate() => random.Next(4) switch
        {
            0 => $"{random.Next(32, 99)}/{random.Next(1, 13):00}/{random.Next(2000, 2030)}",
            1 => $"{random.Next(1, 29)}/{random.Next(13, 99)}/{random.Next(2000, 2030)}",
            2 => Word(),
            _ => $"{random.Next(1, 29):00}/{random.Next(1, 13):00}/{random.Next(10, 99)}",
        };

        public string LoneSurrogate() => random.Next(2) == 0 ? $"\\u{random.Next(0xD800, 0xDC00):x4}" : $"\\u{random.Next(0xDC00, 0xE000):x4}";

        public static string Json(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (var c in s)
            {
                if (c is '"' or '\\') sb.Append('\\').Append(c);
                else if (c < ' ') sb.Append($"\\u{(int)c:x4}");
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }
    }

    /// <summary>One generated JSONL line as bytes, and the fault it carries.</summary>
    private static (byte[] Line, Fault Fault) Line(Generator g, Random random, int number, List<string> readIds)
    {
        var fault = random.Next(10) < 6 ? Fault.None : (Fault)random.Next(1, (int)Fault.Binary);
        if (fault == Fault.RepeatedId && readIds.Count == 0) fault = Fault.None;
        var id = fault == Fault.RepeatedId ? readIds[random.Next(readIds.Count)] : random.Next(8) == 0 ? number.ToString() : $"f{number}";
        var readAs = id;
        var title = g.Text(random.Next(2, 8));
        var text = g.Text(random.Next(5, 60));
        var date = random.Next(4) == 0 ? null : g.Date();
        var withTitle = random.Next(6) != 0;
        string idJson = Generator.Json(id), titleJson = Generator.Json(title), textJson = Generator.Json(text);
        if (fault is Fault.LoneSurrogate or Fault.SurrogateAndBadDate)
        {
            var where = random.Next(3);
            if (where == 1 && !withTitle) where = 0;
            var cut = random.Next(1, 4);
            if (where == 0) textJson = textJson[..cut] + g.LoneSurrogate() + textJson[cut..];
            else if (where == 1) titleJson = titleJson[..cut] + g.LoneSurrogate() + titleJson[cut..];
            else
            {
                idJson = idJson[..^1] + g.LoneSurrogate() + "\"";
                readAs = id + "\uFFFD";
            }
        }
        if (fault is Fault.BadDate or Fault.SurrogateAndBadDate) date = g.BadDate();
        var fields = new List<string>();
        if (fault != Fault.NoId) fields.Add($"\"id\": {(id == number.ToString() && readAs == id ? id : idJson)}");
        if (fault == Fault.TitleNotString) fields.Add($"\"title\": {random.Next(1000)}");
        else if (withTitle) fields.Add($"\"title\": {titleJson}");
        if (date is not null) fields.Add($"\"date\": {Generator.Json(date)}");
        fields.Add(fault == Fault.TextNotString ? $"\"text\": {(random.Next(2) == 0 ? "42" : "[\"نص\"]")}" : $"\"text\": {textJson}");
        if (random.Next(3) == 0) fields.Add($"\"category\": {{\"name\": {Generator.Json(g.Word())}, \"tags\": [1, 2]}}");
        var json = "{" + string.Join(", ", fields.OrderBy(_ => random.Next())) + "}";
        if (fault == Fault.NotAnObject) json = random.Next(3) switch { 0 => "[" + json + "]", 1 => "42", _ => Generator.Json(text) };
        if (fault == Fault.CutJson) json = json[..random.Next(1, json.Length - 1)];
        var bytes = Encoding.UTF8.GetBytes(json);
        if (fault is Fault.InvalidBytes or Fault.SurrogateBytes)
        {
            // Inside the text value, between two whole characters, so the line stays JSON.
            var start = Encoding.UTF8.GetByteCount(json[..(json.IndexOf("\"text\": \"", StringComparison.Ordinal) + 9)]);
            var at = start + Encoding.UTF8.GetByteCount(text[..random.Next(text.Length / 2)]);
            byte[] junk = fault == Fault.SurrogateBytes ? [0xED, 0xA0, 0x80] : random.Next(2) == 0 ? [0xFF] : [0xC3];
            bytes = [.. bytes[..at], .. junk, .. bytes[at..]];
        }
        if (fault is Fault.None or Fault.LoneSurrogate or Fault.InvalidBytes or Fault.SurrogateBytes or Fault.BadDate or Fault.TitleNotString or Fault.SurrogateAndBadDate)
            readIds.Add(readAs);
        return (bytes, fault);
    }

    private static readonly Regex Warning = new("^kg: warning: (.+?)(?::(\\d+))?: ", RegexOptions.CultureInvariant);

    [TestMethod]
    public void Thousands_of_generated_lines_and_files_build_without_a_crash_with_one_warning_per_broken_input()
    {
        var random = new Random(Seed);
        var words = Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Any(c => c is >= '\u0621' and <= '\u064A') && !w.Any(c => c is '"' or '\\'))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var g = new Generator(random, words);
        var folder = TestPaths.TempFolder();
        var feed = Path.Combine(folder, "feed.jsonl");
        var expected = new Dictionary<string, Fault>();
        var readIds = new List<string>();
        using (var output = File.Create(feed))
        {
            for (var n = 1; n <= JsonLines; n++)
            {
                var (line, fault) = Line(g, random, n, readIds);
                output.Write(line);
                output.WriteByte((byte)'\n');
                if (fault != Fault.None) expected[$"{feed}:{n}"] = fault;
            }
        }
        var files = Path.Combine(folder, "files");
        Directory.CreateDirectory(files);
        for (var n = 0; n < Files; n++)
        {
            var html = random.Next(3) == 0;
            var body = g.Text(random.Next(20, 200));
            var text = html ? $"<html><head><title>{g.Text(4)}</title></head><body><p>{body}</p></body></html>" : g.Text(5) + "\n" + body;
            var bytes = Encoding.UTF8.GetBytes(text);
            var path = Path.Combine(files, $"doc{n:000}{(html ? ".html" : ".txt")}");
            switch (random.Next(5))
            {
                case 0:
                    var at = Encoding.UTF8.GetByteCount(text[..(text.Length / 2)]);
                    bytes = [.. bytes[..at], 0xFE, .. bytes[at..]];
                    expected[path] = Fault.InvalidBytes;
                    break;
                case 1 when !html:
                    bytes = bytes[..(Array.FindLastIndex(bytes, b => b >= 0xC0) + 1)];
                    expected[path] = Fault.InvalidBytes;
                    break;
                case 2 when random.Next(3) == 0:
                    bytes = [.. bytes[..10], 0, 0, 0, .. bytes[10..]];
                    expected[path] = Fault.Binary;
                    break;
            }
            File.WriteAllBytes(path, bytes);
        }

        var outDir = TestPaths.TempFolder();
        var (code, stdout, stderr) = Kg.Child(["build", feed, files, "--out", outDir, "--max-warnings", "1000000"]);
        Assert.AreEqual(0, code, stderr.Length > 4000 ? stderr[..4000] : stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("internal error", stderr);
        var warned = new Dictionary<string, int>();
        foreach (var line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("kg: warning: ", StringComparison.Ordinal)))
        {
            var m = Warning.Match(line);
            Assert.IsTrue(m.Success, line);
            var where = m.Groups[2].Success ? $"{m.Groups[1].Value}:{m.Groups[2].Value}" : m.Groups[1].Value;
            warned[where] = warned.GetValueOrDefault(where) + 1;
        }
        var twice = warned.Where(w => w.Value > 1).Select(w => w.Key).ToArray();
        Assert.IsEmpty(twice, "warned more than once: " + string.Join(", ", twice.Take(10)));
        var unwarned = expected.Keys.Except(warned.Keys).Select(k => $"{k} ({expected[k]})").ToArray();
        Assert.IsEmpty(unwarned, "broken but not warned about: " + string.Join(", ", unwarned.Take(10)));
        var spurious = warned.Keys.Except(expected.Keys).ToArray();
        Assert.IsEmpty(spurious, "warned about a sound input: " + string.Join("\n", spurious.Take(5).Select(k => stderr.Split('\n').First(l => l.Contains(k + ": ")))));

        var skippedFaults = new[] { Fault.CutJson, Fault.NotAnObject, Fault.TextNotString, Fault.NoId, Fault.RepeatedId, Fault.Binary };
        var read = JsonLines + Files - expected.Values.Count(skippedFaults.Contains);
        StringAssert.StartsWith(stdout, $"{read:N0} articles, ");
        using (var graph = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "graph.json"))))
            Assert.AreEqual(read, graph.RootElement.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "Article"));
        var xml = new XmlDocument();
        xml.Load(Path.Combine(outDir, "graph.graphml"));
        foreach (var line in File.ReadLines(Path.Combine(outDir, "triples.jsonl"))) System.Text.Json.JsonDocument.Parse(line).Dispose();
        Console.WriteLine($"{JsonLines} lines and {Files} files, {expected.Count} broken ({string.Join(", ", expected.Values.GroupBy(f => f).OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Count()}"))}), {read} articles read");
    }
}
