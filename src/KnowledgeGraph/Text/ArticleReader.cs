using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>Reads articles from .txt files (first non-empty line is the title; the file name without .txt is the id).</summary>
public static class ArticleReader
{
    public static IEnumerable<Article> ReadPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : [path];
            foreach (var file in files) yield return ReadTxt(file);
        }
    }

    public static Article ReadTxt(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        var lines = text.Split('\n');
        var title = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return new Article(Path.GetFileNameWithoutExtension(file), title, text);
    }
}
