using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Export;

/// <summary>
/// Source-generated JSON for Neo4j's HTTP requests, so a Native AOT build needs no reflection. A request body and its
/// parameters are nested dictionaries and lists of the property values the exports write (text, integers, floats,
/// booleans and lists of them); every runtime type that can occur is listed here, and one that is not fails loudly
/// (NotSupportedException) in every build, not only in AOT.
/// </summary>
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(long[]))]
[JsonSerializable(typeof(double[]))]
[JsonSerializable(typeof(bool[]))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<long>))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, object>[]))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object>[]))]
[JsonSerializable(typeof(List<Dictionary<string, object>>))]
[JsonSerializable(typeof(List<IReadOnlyDictionary<string, object>>))]
internal sealed partial class Neo4jJson : JsonSerializerContext
{
    /// <summary>Neo4j's request JSON: Arabic left unescaped, doubles always with a decimal point (so Neo4j stores floats).</summary>
    public static Neo4jJson Requests { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FloatJsonConverter() },
    });

    /// <summary>Writes doubles so Neo4j reads them back as floats: 5.0, not 5.</summary>
    private sealed class FloatJsonConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();
        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteRawValue(CypherLiteral.Float(value));
    }
}
