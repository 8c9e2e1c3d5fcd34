using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>
/// Questions compared field by field: records compare their lists by reference, so each question is written as JSON
/// (every member, lists by content, decimals without trailing zeros, file bytes as base64) and the texts compared.
/// </summary>
internal static class QuestionSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new NormalizedDecimalConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(ImportedQuestion question) => JsonSerializer.Serialize(
        new { question.Content, Category = question.Category.Segments, question.Tags, question.IdNumber }, Options);

    public static string Of(ExportedQuestion question) => JsonSerializer.Serialize(
        new { question.Content, Category = question.Category.Segments, question.Tags, question.IdNumber }, Options);

    public static void Equal(IReadOnlyList<ImportedQuestion> expected, IReadOnlyList<ImportedQuestion> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Of(expected[i]), Of(actual[i]));
        }
    }

    public static IReadOnlyList<ExportedQuestion> ToExport(IEnumerable<ImportedQuestion> questions) =>
        questions.Select(q => new ExportedQuestion(q.Content, q.Category, q.Tags, q.IdNumber)).ToList();

    private sealed class NormalizedDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteStringValue((value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
    }
}
