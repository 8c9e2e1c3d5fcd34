using System.Text.Json;
using System.Text.Json.Serialization;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application;

/// <summary>The one way a question version's content is written to and read from its JSON column.</summary>
internal static class QuestionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(QuestionContent content) => JsonSerializer.Serialize(content, Options);

    public static QuestionContent Read(string json, IReadOnlyList<EmbeddedFile> files) =>
        (JsonSerializer.Deserialize<QuestionContent>(json, Options) ?? throw new InvalidDataException("Empty question content.")) with { Files = files };
}
