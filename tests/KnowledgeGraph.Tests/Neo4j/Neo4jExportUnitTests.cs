using System.Net;
using System.Text;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Neo4j;

[TestClass]
public sealed class Neo4jExportUnitTests
{
    [TestMethod]
    public void StringLiteralsEscapeQuotesBackslashesAndControlCharacters()
    {
        Assert.AreEqual(@"'O\'Brien \""x\"" \\ \n \u001F'", CypherLiteral.Of("O'Brien \"x\" \\ \n \u001F"));
        Assert.AreEqual("'روسيا'", CypherLiteral.Of("روسيا"));
        Assert.AreEqual("5.0", CypherLiteral.Of(5.0));
        Assert.AreEqual("-2.5", CypherLiteral.Of(-2.5));
        Assert.AreEqual("7", CypherLiteral.Of(7L));
        Assert.AreEqual("['a', 'b\\'c']", CypherLiteral.Of(new[] { "a", "b'c" }));
        Assert.AreEqual("`we``ird key`", CypherLiteral.Key("we`ird key"));
    }

    [TestMethod]
    public void SplitterKeepsSemicolonsInsideStringsAndComments()
    {
        var parts = CypherScripts.Split("RETURN 'a;b' AS x;\n// note; here\nRETURN \"c\\\";d\" /* e; */ AS y;\n  ;RETURN `f;g`");
        CollectionAssert.AreEqual(new[] { "RETURN 'a;b' AS x", "// note; here\nRETURN \"c\\\";d\" /* e; */ AS y", "RETURN `f;g`" }, parts);
    }

    [TestMethod]
    public void ScriptSplitsIntoExactlyItsStatementsWhateverTheNamesContain()
    {
        var graph = Neo4jTestGraphs.Hostile();
        foreach (var dialect in Enum.GetValues<Neo4jDialect>())
        {
            var writer = new StringWriter();
            CypherScriptWriter.Write(graph, writer, dialect, batchSize: 3);
            var expected = CypherScriptWriter.Statements(graph, dialect, 3).ToList();
            var split = CypherScripts.Split(writer.ToString()).Select(CypherScripts.WithoutLeadingComments).ToList();
            CollectionAssert.AreEqual(expected, split, $"dialect {dialect}");
        }
    }

    [TestMethod]
    public void UnknownRelationTypeIsRejectedBeforeAnyStatement()
    {
        var graph = new RelationGraph(
            [new GraphNode("A", ActorKind.Country, "A", "A", "A"), new GraphNode("B", ActorKind.Country, "B", "B", "B")],
            [new GraphEdge("A", "B", "LIKES]->() DETACH DELETE n//", 1, 0, false, 1, [], null, null, [])]);
        Assert.ThrowsExactly<GraphFormatException>(() => Neo4jRows.From(graph, GraphSchema.Default));
        Assert.ThrowsExactly<ArgumentException>(() => Neo4jStatements.Identifier("A`B"));
    }

    [TestMethod]
    public void DialectFollowsTheMajorVersion()
    {
        Assert.AreEqual(Neo4jDialect.Neo4j3, Neo4jStatements.DialectOf("3.1.1"));
        Assert.AreEqual(Neo4jDialect.Neo4j4, Neo4jStatements.DialectOf("4.4.12"));
        Assert.AreEqual(Neo4jDialect.Neo4j5, Neo4jStatements.DialectOf("5.26.0"));
        Assert.AreEqual(Neo4jDialect.Neo4j5, Neo4jStatements.DialectOf("2025.01.0"));
        Assert.Contains("ASSERT", Neo4jStatements.Schema(Neo4jDialect.Neo4j3)[0]);
        Assert.Contains("REQUIRE", Neo4jStatements.Schema(Neo4jDialect.Neo4j5)[0]);
    }

    [TestMethod]
    public void ConnectionNeverShowsItsPassword()
    {
        var connection = new Neo4jConnection { Uri = new Uri("http://localhost:7474"), Password = "s3cret-Pa55" };
        Assert.DoesNotContain("s3cret-Pa55", connection.ToString());
    }

    private const string Discovery5 = """
        {"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2",
         "transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}
        """;
    private const string Discovery4 = """
        {"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.4.0","neo4j_edition":"community"}
        """;
    private const string Components5Query = """{"data":{"fields":["name","versions[0]","edition"],"values":[["Neo4j Kernel","5.26.0","community"]]}}""";
    private const string Components4Tx = """{"results":[{"columns":["name","versions[0]","edition"],"data":[{"row":["Neo4j Kernel","4.4.0","community"],"meta":[null,null,null]}]}],"errors":[]}""";

    [TestMethod]
    public async Task QueryApiIsPreferredWhenAdvertised()
    {
        var server = new FakeServer((request, body) => request.Method == HttpMethod.Get
            ? (HttpStatusCode.OK, Discovery5)
            : (HttpStatusCode.Accepted, body.Contains("dbms.components") ? Components5Query : """{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":2}}"""));
        using var client = await Neo4jHttpClient.ConnectAsync(Fake("analysts"), handler: server);
        Assert.AreEqual(Neo4jHttpApi.Query, client.Api);
        Assert.AreEqual("http://localhost:7474/db/analysts/query/v2", client.Endpoint.ToString());
        Assert.AreEqual(Neo4jDialect.Neo4j5, client.Dialect);
        var result = await client.RunAsync("UNWIND $rows AS r MERGE (n:Actor {id: r.id})", new Dictionary<string, object> { ["rows"] = new[] { 1.0 } });
        Assert.AreEqual(2, result.NodesCreated);
        Assert.Contains("\"rows\":[1.0]", server.Bodies[^1]);
    }

    [TestMethod]
    public async Task TransactionEndpointOn4xAndTransientErrorsAreRetried()
    {
        var attempts = 0;
        var server = new FakeServer((request, body) =>
        {
            if (request.Method == HttpMethod.Get) return (HttpStatusCode.OK, Discovery4);
            if (body.Contains("dbms.components")) return (HttpStatusCode.OK, Components4Tx);
            return ++attempts < 3
                ? (HttpStatusCode.OK, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
                : (HttpStatusCode.OK, """{"results":[{"columns":[],"data":[],"stats":{"relationships_created":5}}],"errors":[]}""");
        });
        using var client = await Neo4jHttpClient.ConnectAsync(Fake(null), handler: server);
        Assert.AreEqual(Neo4jHttpApi.Transaction, client.Api);
        Assert.AreEqual("http://localhost:7474/db/neo4j/tx/commit", client.Endpoint.ToString());
        Assert.AreEqual(Neo4jDialect.Neo4j4, client.Dialect);
        var result = await client.RunAsync("MERGE (a)-[:X]->(b)", null);
        Assert.AreEqual(3, attempts);
        Assert.AreEqual(5, result.RelationshipsCreated);
    }

    [TestMethod]
    public async Task ClientErrorsUnknownDatabasesAndAuthenticationStopAtOnce()
    {
        var attempts = 0;
        (HttpStatusCode, string) Answer(string code) => (HttpStatusCode.OK, $$"""{"results":[],"errors":[{"code":"{{code}}","message":"m"}]}""");
        var server = new FakeServer((request, body) =>
        {
            if (request.Method == HttpMethod.Get) return (HttpStatusCode.OK, Discovery4);
            if (body.Contains("dbms.components")) return (HttpStatusCode.OK, Components4Tx);
            attempts++;
            return body.Contains("syntax") ? Answer("Neo.ClientError.Statement.SyntaxError")
                : body.Contains("nodb") ? (HttpStatusCode.NotFound, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist"}]}""")
                : (HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid"}]}""");
        });
        using var client = await Neo4jHttpClient.ConnectAsync(Fake("nodb"), handler: server);
        var syntax = await Assert.ThrowsExactlyAsync<Neo4jException>(() => client.RunAsync("syntax", null));
        Assert.AreEqual(Neo4jErrorKind.ClientError, syntax.Kind);
        Assert.AreEqual("Neo.ClientError.Statement.SyntaxError", syntax.Code);
        var database = await Assert.ThrowsExactlyAsync<Neo4jException>(() => client.RunAsync("nodb", null));
        Assert.AreEqual(Neo4jErrorKind.UnknownDatabase, database.Kind);
        var auth = await Assert.ThrowsExactlyAsync<Neo4jException>(() => client.RunAsync("other", null));
        Assert.AreEqual(Neo4jErrorKind.Authentication, auth.Kind);
        Assert.DoesNotContain("fake-password", auth.Message);
        Assert.AreEqual(3, attempts, "none of these is retried");
    }

    private static Neo4jConnection Fake(string? database) => new()
    {
        Uri = new Uri("http://localhost:7474"), Password = "fake-password", Database = database,
        InitialBackoff = TimeSpan.FromMilliseconds(1),
    };

    private sealed class FakeServer(Func<HttpRequestMessage, string, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Bodies.Add(body);
            var (status, text) = answer(request, body);
            return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        }
    }
}
