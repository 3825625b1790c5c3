namespace KnowledgeGraph.Text;

/// <summary>One news article as read from a file or a JSONL line. Id is the document id used by the gold files.</summary>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    string? Date = null,
    string? Url = null,
    string? Source = null);
