using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg build INPUT... --out DIR`: articles to triples.jsonl, graph.json and graph.graphml.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of .txt, .html and .jsonl articles", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var command = new Command("build", "Extract relations from articles and build the knowledge graph") { inputs, output };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string[] inputs, string outDir)
    {
        foreach (var input in inputs)
            if (!File.Exists(input) && !Directory.Exists(input)) throw new UserError($"{input}: no such file or folder");
        var extractor = RuleBasedExtractor.CreateDefault();
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        Directory.CreateDirectory(outDir);
        AtomicFile.Write(Path.Combine(outDir, "triples.jsonl"), stream =>
        {
            using var triples = new TriplesJsonlWriter(stream, GraphSchema.Default);
            foreach (var article in ArticleReader.ReadPaths(inputs))
            {
                var extraction = extractor.Extract(article);
                triples.WriteDocument(extraction);
                builder.Add(extraction);
            }
        });
        var graph = builder.Build();
        GraphJson.Write(graph, Path.Combine(outDir, "graph.json"));
        GraphMlWriter.Write(graph, Path.Combine(outDir, "graph.graphml"));
        Console.WriteLine($"{builder.ArticleCount} articles, {builder.SentenceCount} sentences, {graph.Nodes.Count} nodes, {graph.Edges.Count} edges → {outDir}");
        return 0;
    }
}
