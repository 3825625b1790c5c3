using KnowledgeGraph.Extraction;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Lexicon;

/// <summary>Word categories share a token reading's 64-bit mask with the cue, name and phrase flags: no bit may serve two.</summary>
[TestClass]
public sealed class WordClassBitsTests
{
    [TestMethod]
    public void Every_word_category_has_a_bit_of_its_own_below_the_flags()
    {
        var flags = TokenReading.StartsCue | TokenReading.StartsName | TokenReading.StartsPhrase;
        var seen = 0UL;
        foreach (var c in Enum.GetValues<WordClass>())
        {
            var bit = RoleWords.Bit(c);
            Assert.AreEqual(0UL, bit & flags, $"{c} shares a bit with a reading flag");
            Assert.AreEqual(0UL, bit & seen, $"{c} shares a bit with another category");
            seen |= bit;
        }
        Assert.IsLessThanOrEqualTo(RoleWords.MaxCategories, Enum.GetValues<WordClass>().Length);
    }
}
