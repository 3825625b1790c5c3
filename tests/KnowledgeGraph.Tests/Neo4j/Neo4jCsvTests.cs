using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

[TestClass]
public sealed partial class Neo4jCsvTests
{
    // neo4j-admin database import header cells: [name][:TYPE][(IdSpace)] with the documented field types
    // (ID, LABEL, START_ID, END_ID, TYPE, IGNORE) and property types, arrays marked with [].
    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)?(?::(?<type>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(?<array>\[\])?)?(?:\([A-Za-z0-9_-]+\))?$")]
    private static partial Regex HeaderCell();

    [TestMethod]
    public void HeadersFollowTheNeo4jAdminImportFormat()
    {
        foreach (var cell in Neo4jCsvWriter.NodeHeader.Concat(Neo4jCsvWriter.EventHeader).Concat(Neo4jCsvWriter.RelationshipHeader).Concat(Neo4jCsvWriter.EventLinkHeader))
        {
            var match = HeaderCell().Match(cell);
            Assert.IsTrue(match.Success && (match.Groups["name"].Success || match.Groups["type"].Success), $"header cell '{cell}'");
            if (match.Groups["array"].Success) Assert.AreNotEqual("ID", match.Groups["type"].Value);
        }
        Assert.AreEqual("id:ID", Neo4jCsvWriter.NodeHeader[0]);
        Assert.HasCount(1, Neo4jCsvWriter.NodeHeader.Where(h => h == ":LABEL"));
        CollectionAssert.AreEqual(new[] { ":START_ID", ":END_ID", ":TYPE" }, Neo4jCsvWriter.RelationshipHeader.Take(3).ToArray());
        Assert.Contains("count:int", Neo4jCsvWriter.RelationshipHeader);
        Assert.Contains("weight:double", Neo4jCsvWriter.RelationshipHeader);
        Assert.Contains("tone:double", Neo4jCsvWriter.RelationshipHeader);
        Assert.Contains("sentence:int", Neo4jCsvWriter.EventHeader);
        var attributes = GraphSchema.Default.NodeAttributes.Select(a => a.Name).ToHashSet();
        foreach (var column in Neo4jCsvWriter.NodeColumns) Assert.Contains(column.Property, attributes);
        var edgeAttributes = GraphSchema.Default.EdgeAttributes.Select(a => a.Name).ToHashSet();
        foreach (var column in Neo4jCsvWriter.RelationshipColumns) Assert.Contains(column.Property, edgeAttributes);
    }

    [TestMethod]
    public void CsvCellsReadBackToTheExportedValues()
    {
        var graph = Neo4jTestGraphs.Hostile();
        var folder = TestPaths.TempFolder();
        Neo4jCsvWriter.Write(graph, folder);
        var rows = Neo4jRows.From(graph, GraphSchema.Default);

        List<string?[]> Read(string file) => ReadCsv(File.ReadAllText(Path.Combine(folder, file), Encoding.UTF8));
        var actors = Read(Neo4jCsvWriter.ActorsFile);
        var articles = Read(Neo4jCsvWriter.ArticlesFile);
        var events = Read(Neo4jCsvWriter.EventsFile);
        CollectionAssert.AreEqual(Neo4jCsvWriter.NodeHeader.ToArray(), actors[0]);
        CollectionAssert.AreEqual(Neo4jCsvWriter.EventHeader.ToArray(), events[0]);
        Assert.HasCount(rows.Nodes.Count + 3, actors.Concat(articles).Concat(events).ToList());
        Assert.IsGreaterThan(0, rows.EventCount);
        foreach (var node in rows.Nodes)
        {
            var isEvent = node.Label == Neo4jEventModel.Default.Label;
            var (lines, columns) = isEvent ? (events, Neo4jCsvWriter.EventColumns) : (node.IsActor ? actors : articles, Neo4jCsvWriter.NodeColumns);
            var line = lines.Single(l => l[0] == node.Id);
            Assert.AreEqual(node.Label, line[1]);
            for (var c = 0; c < columns.Count; c++)
            {
                var expected = node.Properties.GetValueOrDefault(columns[c].Property) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
                Assert.AreEqual(expected, line[c + 2], $"{node.Id} {columns[c].Property}");
            }
        }

        var relationships = Read(Neo4jCsvWriter.RelationshipsFile).Skip(1).Concat(Read(Neo4jCsvWriter.EventLinksFile).Skip(1)).ToList();
        Assert.HasCount(rows.Relationships.Count, relationships);
        var docsColumn = Neo4jCsvWriter.RelationshipHeader.ToList().IndexOf("docs:string[]");
        foreach (var r in rows.Relationships)
        {
            var line = relationships.Single(l => l[0] == r.Source && l[1] == r.Target && l[2] == r.Type);
            if (Neo4jEventModel.Default.LinkTypes.Contains(r.Type)) { Assert.HasCount(3, line); continue; }
            var docs = r.Properties.GetValueOrDefault("docs") as string[];
            Assert.AreEqual(docs is null ? null : string.Join(Neo4jCsvWriter.ArrayDelimiter, docs), line[docsColumn]);
        }
        Assert.IsTrue(File.ReadAllText(Path.Combine(folder, Neo4jCsvWriter.Readme)).Contains("neo4j-admin database import full"));
    }

    [TestMethod]
    public void ValuesThatLegacyLoadCsvWouldMisreadAreCounted()
    {
        Assert.IsGreaterThan(0, Neo4jCsvWriter.Write(Neo4jTestGraphs.Hostile(), TestPaths.TempFolder()));
        Assert.AreEqual(0, Neo4jCsvWriter.Write(Neo4jTestGraphs.Hostile(leaveOut: Neo4jCsvWriter.MisreadByLegacyLoadCsv), TestPaths.TempFolder()));
        Assert.IsTrue(Neo4jCsvWriter.MisreadByLegacyLoadCsv("ends with \\"));
        Assert.IsFalse(Neo4jCsvWriter.MisreadByLegacyLoadCsv("C:\\path \"quoted\""));
    }

    /// <summary>RFC 4180 reader: quoted cells with doubled quotes and line breaks; an unquoted empty cell is null.</summary>
    private static List<string?[]> ReadCsv(string text)
    {
        var lines = new List<string?[]>();
        var cells = new List<string?>();
        var i = 0;
        while (i < text.Length)
        {
            string? cell;
            if (text[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else sb.Append(text[i++]);
                }
                cell = sb.ToString();
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] != ',' && text[i] != '\n') i++;
                cell = i == start ? null : text[start..i];
            }
            cells.Add(cell);
            if (i >= text.Length || text[i] == '\n')
            {
                lines.Add(cells.ToArray());
                cells.Clear();
            }
            i++;
        }
        return lines;
    }
}
