using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The rule-based extractor: sentences, tokens, actor mentions, then relation patterns.
/// (First version: finds mentions only; relation patterns follow.)
/// </summary>
public sealed class RuleBasedExtractor(ActorLexicon lexicon) : IDocumentExtractor
{
    public static RuleBasedExtractor CreateDefault(string? lexiconFolder = null) =>
        new(lexiconFolder is null ? ActorLexicon.Default : ActorLexicon.Load(lexiconFolder));

    public DocumentExtraction Extract(Article article)
    {
        var text = ArabicNormalizer.Normalize(article.Title + "\n" + article.Text);
        var sentences = text.Split(['.', '\n', '؟', '!'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var mentions = lexicon.Names
            .Where(n => n.Role is NameRole.Name && text.Contains(n.Form, StringComparison.Ordinal))
            .Select(n => lexicon.Find(n.ActorId)!)
            .GroupBy(a => a.Id)
            .Select(g => new ActorMentionCount(new ActorRef(g.Key, g.First().Code), 1))
            .ToArray();
        return new DocumentExtraction(article, sentences.Length, mentions, []);
    }
}
