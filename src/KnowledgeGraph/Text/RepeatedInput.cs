namespace KnowledgeGraph.Text;

/// <summary>
/// An input streamed <c>times</c> times over, each pass after the first with new article ids
/// (<c>id~2</c>, <c>id~3</c>, …), so a large corpus is generated on the fly instead of stored.
/// </summary>
public static class RepeatedInput
{
    public static IEnumerable<ReadItem> Repeat(Func<IEnumerable<ReadItem>> read, int times)
    {
        for (var pass = 1; pass <= times; pass++)
        foreach (var item in read())
            yield return pass == 1 || item.Article is null
                ? item
                : item with { Article = item.Article with { Id = $"{item.Article.Id}~{pass}" } };
    }
}
