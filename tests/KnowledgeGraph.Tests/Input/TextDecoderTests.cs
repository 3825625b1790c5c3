using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Input;

[TestClass]
public sealed class TextDecoderTests
{
    private const string Sentence = "روسيا تتوسط بين أرمينيا وأذربيجان.";

    [TestMethod]
    public void Utf8_without_a_byte_order_mark()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sentence));
        Assert.AreEqual((Sentence, "UTF-8"), (decoded.Text, decoded.Encoding));
    }

    [TestMethod]
    public void Utf8_with_a_byte_order_mark_drops_the_mark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)]);
        Assert.AreEqual((Sentence, "UTF-8"), (decoded.Text, decoded.Encoding));
    }

    [TestMethod]
    public void Utf16_little_and_big_endian_with_a_byte_order_mark()
    {
        var le = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence)]);
        var be = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sentence)]);
        Assert.AreEqual((Sentence, "UTF-16LE"), (le.Text, le.Encoding));
        Assert.AreEqual((Sentence, "UTF-16BE"), (be.Text, be.Encoding));
    }

    [TestMethod]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1256()
    {
        var bytes = TextDecoder.Windows1256.GetBytes(Sentence);
        Assert.AreNotEqual(Encoding.UTF8.GetBytes(Sentence).Length, bytes.Length, "1256 is one byte per letter");
        var decoded = TextDecoder.Decode(bytes);
        Assert.AreEqual((Sentence, "windows-1256"), (decoded.Text, decoded.Encoding));
    }

    [TestMethod]
    public void Nul_bytes_or_many_control_characters_are_binary()
    {
        Assert.IsTrue(TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).IsBinary);
        Assert.IsTrue(TextDecoder.Decode(Enumerable.Range(1, 200).Select(i => (byte)(i % 8 + 1)).ToArray()).IsBinary);
        Assert.IsFalse(TextDecoder.Decode(Encoding.UTF8.GetBytes("سطر\tأول\r\nسطر ثان\n")).IsBinary);
    }
}
