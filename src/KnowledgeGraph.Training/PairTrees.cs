using KnowledgeGraph.Extraction.Learned;
using Microsoft.ML.Trainers.FastTree;

namespace KnowledgeGraph.Training;

/// <summary>The trees ML.NET trained, as the library's <see cref="PairModel"/>.</summary>
internal static class PairTrees
{
    public static PairModel From(RegressionTreeEnsemble ensemble, double slope, double offset)
    {
        var trees = ensemble.Trees.Select((t, i) => new PairTree(
            [.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeftChild], [.. t.RightChild], [.. t.LeafValues],
            ensemble.TreeWeights[i])).ToList();
        return new PairModel(PairCandidates.FeatureNames, trees, ensemble.Bias, slope, offset, threshold: 1, note: "");
    }
}
