using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Export;

/// <summary>How a Neo4j server is reached. The password is never part of <see cref="ToString"/> or of any message.</summary>
public sealed class Neo4jConnection
{
    public required Uri Uri { get; init; }
    public string User { get; init; } = "neo4j";
    public required string Password { get; init; }
    /// <summary>Database name on 4.x/5.x; null means the server's default (neo4j). 3.x has a single database.</summary>
    public string? Database { get; init; }
    /// <summary>Retries after a connection failure, a timeout or a Neo.TransientError, with doubling delays.</summary>
    public int MaxRetries { get; init; } = 5;
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public override string ToString() => $"{User}@{Uri}" + (Database is null ? "" : $" database {Database}");
}

public enum Neo4jErrorKind { Authentication, UnknownDatabase, ClientError, DatabaseError, Unavailable, Protocol }

/// <summary>A failure talking to Neo4j, with a one-line message fit for the user (never containing the password).</summary>
public sealed class Neo4jException(Neo4jErrorKind kind, string message, string? code = null) : Exception(message)
{
    public Neo4jErrorKind Kind { get; } = kind;
    /// <summary>The Neo4j status code (Neo.ClientError.…) where the server sent one.</summary>
    public string? Code { get; } = code;
}

/// <summary>Rows and update counters of one statement.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows, long NodesCreated, long RelationshipsCreated)
{
    public static Neo4jResult Empty { get; } = new([], [], 0, 0);
}

/// <summary>Which HTTP API a server offers, as its discovery document (GET /) advertises it.</summary>
public enum Neo4jHttpApi
{
    /// <summary>3.x: <c>/db/data/transaction/commit</c>.</summary>
    LegacyTransaction,
    /// <summary>4.x/5.x: <c>/db/{db}/tx/commit</c>.</summary>
    Transaction,
    /// <summary>5.19+ and 2025.x: the Query API <c>/db/{db}/query/v2</c>.</summary>
    Query,
}

/// <summary>
/// Neo4j's HTTP API over <see cref="HttpClient"/> and System.Text.Json: discovery, one statement per request in its
/// own transaction, parameters as JSON, retries with exponential backoff for faults that may pass
/// (connection refused or reset, timeouts, 502–504, Neo.TransientError.*), and clear errors for those that will
/// not (authentication, unknown database, Neo.ClientError.*, Neo.DatabaseError.*).
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    internal static JsonSerializerOptions ParameterJson => Neo4jJson.Requests.Options;

    private readonly HttpClient _http;
    private readonly Neo4jConnection _connection;
    private Uri _endpoint = null!;

    public Neo4jHttpApi Api { get; private set; }
    public string Version { get; private set; } = "";
    public string Edition { get; private set; } = "";
    public Neo4jDialect Dialect => Neo4jStatements.DialectOf(Version);
    public Uri Endpoint => _endpoint;

    private Neo4jHttpClient(Neo4jConnection connection, HttpMessageHandler? handler)
    {
        _connection = connection;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    /// <summary>Discovers the server's API and version.</summary>
    public static async Task<Neo4jHttpClient> ConnectAsync(Neo4jConnection connection, CancellationToken cancel = default, HttpMessageHandler? handler = null)
    {
        if (connection.Uri.Scheme is not ("http" or "https"))
            throw new Neo4jException(Neo4jErrorKind.Protocol,
                $"{connection.Uri}: only http:// and https:// are supported (the HTTP port, 7474 by default), not {connection.Uri.Scheme}://");
        var client = new Neo4jHttpClient(connection, handler);
        try
        {
            await client.DiscoverAsync(cancel);
            var components = await client.RunAsync("CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0], edition", null, cancel);
            var kernel = components.Rows.FirstOrDefault(r => r[0].GetString() is "Neo4j Kernel") ?? components.Rows.FirstOrDefault();
            if (kernel is null) throw new Neo4jException(Neo4jErrorKind.Protocol, $"{connection.Uri}: dbms.components() returned no rows");
            client.Version = kernel[1].GetString() ?? "";
            client.Edition = kernel[2].GetString() ?? "";
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task DiscoverAsync(CancellationToken cancel)
    {
        var root = await WithRetries(async token =>
        {
            using var response = await _http.GetAsync(_connection.Uri, token);
            var body = await response.Content.ReadAsStringAsync(token);
            ThrowOnHttpStatus(response.StatusCode, body);
            return ParseJson(body);
        }, cancel);
        string? Link(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var database = Uri.EscapeDataString(_connection.Database ?? "neo4j");
        if (Link("query") is { } query)
        {
            Api = Neo4jHttpApi.Query;
            _endpoint = Absolute(query.Replace("{databaseName}", database));
        }
        else if (Link("transaction") is { } transaction)
        {
            Api = Neo4jHttpApi.Transaction;
            _endpoint = Absolute(transaction.Replace("{databaseName}", database).TrimEnd('/') + "/commit");
        }
        else if (Link("data") is { } data)
        {
            if (_connection.Database is not null and not "neo4j" and not "graph.db")
                throw new Neo4jException(Neo4jErrorKind.UnknownDatabase,
                    $"{_connection.Uri}: unknown database '{_connection.Database}' (Neo4j 3.x serves one database; leave --database out)");
            Api = Neo4jHttpApi.LegacyTransaction;
            _endpoint = Absolute(data.TrimEnd('/') + "/transaction/commit");
        }
        else
        {
            throw new Neo4jException(Neo4jErrorKind.Protocol, $"{_connection.Uri}: not a Neo4j HTTP endpoint (no 'transaction', 'query' or 'data' link at /)");
        }
    }

    // Servers behind proxies advertise their own host; keep the scheme, host and port the user gave.
    private Uri Absolute(string advertised)
    {
        var uri = new Uri(_connection.Uri, advertised);
        return new UriBuilder(uri) { Scheme = _connection.Uri.Scheme, Host = _connection.Uri.Host, Port = _connection.Uri.Port }.Uri;
    }

    /// <summary>Runs one statement in its own transaction, retrying transient faults.</summary>
    public Task<Neo4jResult> RunAsync(string statement, object? parameters, CancellationToken cancel = default) =>
        WithRetries(token => SendAsync(statement, parameters, token), cancel);

    private async Task<Neo4jResult> SendAsync(string statement, object? parameters, CancellationToken token)
    {
        var body = Api == Neo4jHttpApi.Query
            ? JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["statement"] = statement, ["parameters"] = parameters ?? new Dictionary<string, object>(), ["includeCounters"] = true,
            }, Neo4jJson.Requests.DictionaryStringObject)
            : JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["statements"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["statement"] = statement, ["parameters"] = parameters ?? new Dictionary<string, object>(),
                        ["includeStats"] = true, ["resultDataContents"] = new[] { "row" },
                    },
                },
            }, Neo4jJson.Requests.DictionaryStringObject);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _http.PostAsync(_endpoint, content, token);
        var text = await response.Content.ReadAsStringAsync(token);
        var json = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.Created || LooksLikeJson(text)
            ? TryParseJson(text)
            : null;
        if (json is { } doc) ThrowOnErrors(doc, statement);
        ThrowOnHttpStatus(response.StatusCode, text);
        if (json is null) throw new Neo4jException(Neo4jErrorKind.Protocol, $"{_endpoint}: the answer is not JSON");
        return Api == Neo4jHttpApi.Query ? ReadQueryApi(json.Value) : ReadTransaction(json.Value);
    }

    private static Neo4jResult ReadTransaction(JsonElement root)
    {
        var results = root.GetProperty("results");
        if (results.GetArrayLength() == 0) return Neo4jResult.Empty;
        var result = results[0];
        var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var rows = result.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().ToArray()).ToArray();
        long nodes = 0, relationships = 0;
        if (result.TryGetProperty("stats", out var stats))
        {
            nodes = stats.TryGetProperty("nodes_created", out var n) ? n.GetInt64() : 0;
            relationships = stats.TryGetProperty("relationships_created", out var r) ? r.GetInt64() : 0;
        }
        return new Neo4jResult(columns, rows, nodes, relationships);
    }

    private static Neo4jResult ReadQueryApi(JsonElement root)
    {
        var data = root.GetProperty("data");
        var columns = data.GetProperty("fields").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var rows = data.GetProperty("values").EnumerateArray().Select(v => v.EnumerateArray().ToArray()).ToArray();
        long nodes = 0, relationships = 0;
        if (root.TryGetProperty("counters", out var counters))
        {
            nodes = counters.TryGetProperty("nodesCreated", out var n) ? n.GetInt64() : 0;
            relationships = counters.TryGetProperty("relationshipsCreated", out var r) ? r.GetInt64() : 0;
        }
        return new Neo4jResult(columns, rows, nodes, relationships);
    }

    private void ThrowOnErrors(JsonElement root, string statement)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return;
        var error = errors[0];
        var code = error.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        message = FirstLine(message);
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            throw new TransientFault($"{code}: {message}");
        if (code is "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit")
            throw AuthenticationFailed();
        if (code == "Neo.ClientError.Database.DatabaseNotFound")
            throw new Neo4jException(Neo4jErrorKind.UnknownDatabase, $"{_connection.Uri}: unknown database '{_connection.Database ?? "neo4j"}'", code);
        var kind = code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? Neo4jErrorKind.ClientError : Neo4jErrorKind.DatabaseError;
        throw new Neo4jException(kind, $"{_connection.Uri}: {code}: {message} (in: {FirstLine(statement)})", code);
    }

    private void ThrowOnHttpStatus(HttpStatusCode status, string body)
    {
        switch ((int)status)
        {
            case >= 200 and < 300: return;
            case 401: throw AuthenticationFailed();
            case 403: throw new Neo4jException(Neo4jErrorKind.Authentication, $"{_connection.Uri}: user '{_connection.User}' is not allowed to do this (HTTP 403)");
            case 404: throw new Neo4jException(Neo4jErrorKind.UnknownDatabase, $"{_connection.Uri}: not found (HTTP 404) — unknown database '{_connection.Database ?? "neo4j"}'?");
            case 408 or 429 or 502 or 503 or 504: throw new TransientFault($"HTTP {(int)status}");
            default: throw new Neo4jException(Neo4jErrorKind.Protocol, $"{_connection.Uri}: HTTP {(int)status} {FirstLine(body)}");
        }
    }

    private Neo4jException AuthenticationFailed() => new(Neo4jErrorKind.Authentication,
        $"{_connection.Uri}: authentication failed for user '{_connection.User}' (check the user and NEO4J_PASSWORD)",
        "Neo.ClientError.Security.Unauthorized");

    private async Task<T> WithRetries<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancel)
    {
        var delay = _connection.InitialBackoff;
        for (var tries = 0; ; tries++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(_connection.RequestTimeout);
            string reason;
            try
            {
                return await attempt(timeout.Token);
            }
            catch (TransientFault e)
            {
                reason = e.Message;
            }
            catch (HttpRequestException e)
            {
                reason = $"cannot reach the server ({FirstLine(e.Message)})";
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                reason = $"no answer within {_connection.RequestTimeout.TotalSeconds:0} s";
            }
            catch (IOException e)
            {
                reason = FirstLine(e.Message);
            }
            if (tries >= _connection.MaxRetries)
                throw new Neo4jException(Neo4jErrorKind.Unavailable, $"{_connection.Uri}: {reason} (gave up after {tries + 1} attempts)");
            Retrying?.Invoke(reason, tries + 1);
            // Jitter keeps two clients that collided (a deadlock) from retrying in step.
            await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next((int)Math.Max(1, delay.TotalMilliseconds / 2))), cancel);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _connection.MaxBackoff.Ticks));
        }
    }

    /// <summary>Called before each retry with the reason and the attempt number that failed.</summary>
    public event Action<string, int>? Retrying;

    private static bool LooksLikeJson(string text) => text.TrimStart().StartsWith('{');

    private static JsonElement? TryParseJson(string text)
    {
        try { return ParseJson(text); }
        catch (JsonException) { return null; }
    }

    private static JsonElement ParseJson(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    public void Dispose() => _http.Dispose();

    private sealed class TransientFault(string message) : Exception(message);
}
