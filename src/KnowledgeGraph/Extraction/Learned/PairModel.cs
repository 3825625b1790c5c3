using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Learned;

/// <summary>One regression tree of the pair model: node i sends a feature ≤ its threshold left, else right; a negative child ~k is leaf k.</summary>
public sealed record PairTree(int[] SplitFeature, float[] Threshold, int[] Left, int[] Right, double[] Leaf, double Weight)
{
    public double Output(float[] features)
    {
        if (SplitFeature.Length == 0) return Leaf[0];
        var node = 0;
        while (node >= 0) node = features[SplitFeature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Leaf[~node];
    }
}

/// <summary>
/// The pair model: boosted regression trees over <see cref="PairCandidates"/>' features, with a Platt calibration to a
/// probability and the threshold above which a candidate pair not stated by the rules is taken. Trained by
/// src/KnowledgeGraph.Training from the gold files and embedded as Lexicon/data/model/pairs.tsv; read here with no
/// machine-learning library. Scoring is O(trees × depth).
/// </summary>
public sealed class PairModel
{
    public ImmutableArray<string> FeatureNames { get; }
    public IReadOnlyList<PairTree> Trees { get; }
    public double Bias { get; }
    public double Slope { get; }
    public double Offset { get; }
    public double Threshold { get; }
    public string Note { get; }

    public PairModel(ImmutableArray<string> featureNames, IReadOnlyList<PairTree> trees, double bias, double slope, double offset, double threshold, string note)
    {
        (FeatureNames, Trees, Bias, Slope, Offset, Threshold, Note) = (featureNames, trees, bias, slope, offset, threshold, note);
    }

    public double Score(float[] features)
    {
        var score = Bias;
        foreach (var t in Trees) score += t.Weight * t.Output(features);
        return score;
    }

    public double Probability(float[] features) => 1.0 / (1.0 + Math.Exp(Slope * Score(features) + Offset));

    private static readonly Lazy<PairModel?> LazyDefault = new(() =>
        EmbeddedData.List("lexicon/model/").Contains("lexicon/model/pairs.tsv") ? Parse(EmbeddedData.ReadText("lexicon/model/pairs.tsv"), "lexicon/model/pairs.tsv") : null);

    /// <summary>The embedded model, or null when none is embedded (then extraction is the rules alone).</summary>
    public static PairModel? Default => LazyDefault.Value;

    public void Write(string path, double threshold, string note)
    {
        var sb = new StringBuilder();
        sb.Append("key\tvalues\n");
        sb.Append("# The extractor's pair model (docs/extraction.md#the-pair-model), written by src/KnowledgeGraph.Training; do not edit by hand.\n");
        sb.Append("note\t").Append(note).Append('\n');
        sb.Append("threshold\t").Append(F(threshold)).Append('\n');
        sb.Append("platt\t").Append(F(Slope)).Append('\t').Append(F(Offset)).Append('\n');
        sb.Append("bias\t").Append(F(Bias)).Append('\n');
        sb.Append("features\t").Append(string.Join('\t', FeatureNames)).Append('\n');
        foreach (var t in Trees)
            sb.Append("tree\t").Append(F(t.Weight)).Append('\t').Append(string.Join(',', t.SplitFeature)).Append('\t')
              .Append(string.Join(',', t.Threshold.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))).Append('\t')
              .Append(string.Join(',', t.Left)).Append('\t').Append(string.Join(',', t.Right)).Append('\t')
              .Append(string.Join(',', t.Leaf.Select(F))).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Reads a model file; a model whose features are not today's is an error: retrain it.</summary>
    public static PairModel Parse(string text, string name)
    {
        var trees = new List<PairTree>();
        double bias = 0, slope = -1, offset = 0, threshold = 1;
        var note = "";
        ImmutableArray<string> features = [];
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (lineNo == 1 || line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            try
            {
                switch (c[0])
                {
                    case "note": note = c[1]; break;
                    case "threshold": threshold = D(c[1]); break;
                    case "platt": (slope, offset) = (D(c[1]), D(c[2])); break;
                    case "bias": bias = D(c[1]); break;
                    case "features": features = [.. c[1..]]; break;
                    case "tree":
                        trees.Add(new PairTree(Ints(c[2]), c[3].Length == 0 ? [] : c[3].Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray(),
                            Ints(c[4]), Ints(c[5]), c[6].Split(',').Select(D).ToArray(), D(c[1])));
                        break;
                    default: throw new FormatException($"unknown key '{c[0]}'");
                }
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
            {
                throw new Lexicon.LexiconException($"{name}:{lineNo}: {e.Message}");
            }
        }
        if (!features.SequenceEqual(PairCandidates.FeatureNames))
            throw new Lexicon.LexiconException($"{name}: the model was trained on other features than the extractor computes; retrain it (dotnet run -c Release --project src/KnowledgeGraph.Training)");
        return new PairModel(features, trees, bias, slope, offset, threshold, note);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    private static int[] Ints(string s) => s.Length == 0 ? [] : s.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
}
