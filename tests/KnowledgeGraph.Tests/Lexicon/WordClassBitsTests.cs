using KnowledgeGraph.Extraction;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Lexicon;

/// <summary>Word categories share a token reading's 64-bit mask, one bit each; the cue, name and phrase flags have a field of their own.</summary>
[TestClass]
public sealed class WordClassBitsTests
{
    [TestMethod]
    public void Every_word_category_has_a_bit_of_its_own()
    {
        var seen = 0UL;
        foreach (var c in Enum.GetValues<WordClass>())
        {
            var bit = RoleWords.Bit(c);
            Assert.AreNotEqual(0UL, bit, $"{c} has no bit in the mask");
            Assert.AreEqual(0UL, bit & seen, $"{c} shares a bit with another category");
            seen |= bit;
        }
        Assert.IsLessThanOrEqualTo(RoleWords.MaxCategories, Enum.GetValues<WordClass>().Length);
    }

    [TestMethod]
    public void The_start_flags_are_distinct_bits()
    {
        byte[] flags = [TokenReading.StartsCue, TokenReading.StartsName, TokenReading.StartsPhrase];
        var seen = 0;
        foreach (var f in flags)
        {
            Assert.AreEqual(1, System.Numerics.BitOperations.PopCount(f), $"flag {f} is not one bit");
            Assert.AreEqual(0, seen & f, $"flag {f} is used twice");
            seen |= f;
        }
    }
}
